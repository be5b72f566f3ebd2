/** A sentence as words with offsets, for reading the phrases around a figure. */

import type { Span, Token } from "../model/index.js";

export interface Word extends Span {
  readonly text: string;
  readonly lower: string;
  /** Starts with a letter: a word, not a number or a sign. */
  readonly alphabetic: boolean;
}

const POSSESSIVE = /^['’]s$/i;

/**
 * The words of a sentence from its tokens, a possessive "'s" joined to its word.
 * @example sentenceWords(text, tokens, sentence).map((w) => w.text) // ["Vietnam's", "rice", ...]
 */
export function sentenceWords(
  text: string,
  tokens: readonly Token[],
  sentence: { readonly firstToken: number; readonly endToken: number },
): Word[] {
  const words: Word[] = [];
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = tokens[t] as Token;
    const written = text.slice(token.start, token.end);
    const previous = words.at(-1);
    if (
      previous &&
      previous.end === token.start &&
      previous.alphabetic &&
      POSSESSIVE.test(written)
    ) {
      const joined = previous.text + written;
      words[words.length - 1] = {
        ...previous,
        end: token.end,
        text: joined,
        lower: joined.toLowerCase(),
      };
      continue;
    }
    const code = written.charCodeAt(0);
    words.push({
      start: token.start,
      end: token.end,
      text: written,
      lower: written.toLowerCase(),
      alphabetic:
        code > 127 ? /^\p{L}/u.test(written) : (code | 0x20) >= 97 && (code | 0x20) <= 122,
    });
  }
  return words;
}

/** "Vietnam's", "country’s": a possessive, which ends a phrase read leftwards. */
export function isPossessive(word: Word): boolean {
  return /['’]s$/.test(word.lower);
}
