/** Splits text into the lower-cased words dictionaries are matched on, with their spans. */

import type { Span } from "../model/index.js";
import { type AbbreviationSet, loadAbbreviations, segment } from "../nlp/segment.js";

export interface Words {
  readonly words: readonly string[];
  readonly spans: readonly Span[];
}

/**
 * Dictionary phrases and article text go through the same tokenizer, so "Vietnam's" is
 * ["vietnam", "'s"] on both sides; curly apostrophes are folded to straight ones.
 * @example wordsOf("Vietnam’s President").words // ["vietnam", "'s", "president"]
 */
export function wordsOf(text: string, abbreviations: AbbreviationSet = loadAbbreviations()): Words {
  const { tokens } = segment(text, abbreviations);
  return {
    words: tokens.map((t) => foldWord(text.slice(t.start, t.end))),
    spans: tokens.map((t) => ({ start: t.start, end: t.end })),
  };
}

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no curly apostrophe; skip the regular expression for them (hot path).
  return lower.indexOf("’") === -1 && lower.indexOf("‘") === -1 && lower.indexOf("`") === -1
    ? lower
    : lower.replace(/[’‘`]/g, "'");
}
