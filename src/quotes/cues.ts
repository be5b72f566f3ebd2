/** Finds the words that attribute speech: reporting verbs ("said", "told") and "according to". */

import type { Token } from "../model/index.js";
import { type QuoteArticle, lowerText } from "./article.js";
import type { QuotedSpan } from "./quote-marks.js";
import type { QuoteWords, SpeechVerb } from "./quote-words.js";

/** A reporting verb, or a source phrase when `verb` is null. */
export interface SpeechCue {
  /** First and last token of the cue ("according to" has two). */
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
  readonly verb: SpeechVerb | null;
}

/**
 * The cues outside quotations, in text order. A length-and-letter filter rejects most tokens
 * before any text is sliced, which keeps this pass cheap on long articles.
 * @example findCues(article, spans, loadQuoteWords()).map((c) => c.first)
 */
export function findCues(
  article: QuoteArticle,
  spans: readonly QuotedSpan[],
  words: QuoteWords,
): SpeechCue[] {
  const cues: SpeechCue[] = [];
  const { tokens, text } = article;
  let span = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const length = token.end - token.start;
    if (length < 3 || length > 31) continue;
    const letter = (text.charCodeAt(token.start) | 0x20) - 97;
    if (
      letter < 0 ||
      letter >= 26 ||
      ((words.cueLengths[letter] as number) & (1 << length)) === 0
    ) {
      continue;
    }
    while (span < spans.length && endOf(spans[span] as QuotedSpan) < t) span++;
    const current = spans[span];
    if (current !== undefined && current.open < t && t <= endOf(current)) continue;
    const word = lowerText(article, t);
    const verb = words.verbs.get(word);
    const sentence = article.sentenceOf[t] as number;
    if (verb !== undefined) {
      cues.push({ first: t, last: t, sentence, verb });
      continue;
    }
    const second = words.sourcePhrases.get(word);
    if (second !== undefined && lowerText(article, t + 1) === second) {
      cues.push({ first: t, last: t + 1, sentence, verb: null });
      t++;
    }
  }
  return cues;
}

function endOf(span: QuotedSpan): number {
  return span.close >= 0 ? span.close : span.last;
}
