/** Direct quotations: quoted spans that are someone's words, with the cue that attributes them. */

import type { Sentence } from "../model/index.js";
import {
  type QuoteArticle,
  isCapitalised,
  isChar,
  isTerminator,
  isWordToken,
  wordCount,
} from "./article.js";
import {
  attributionAfter,
  attributionBefore,
  lastCueBefore,
  opensClause,
  reportsAcross,
  reportsNothingElse,
  speakerOfCue,
} from "./attribution.js";
import type { SpeechCue } from "./cues.js";
import type { QuoteDraft } from "./draft.js";
import type { QuotedSpan } from "./quote-marks.js";
import type { QuoteWords } from "./quote-words.js";
import { type Speaker, unresolvedPronoun } from "./speaker.js";

/** A quoted fragment inside a sentence needs this many words; shorter ones are scare quotes. */
const MIN_FRAGMENT_WORDS = 3;
const COMMA = 0x2c;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const DASHES = new Set([0x2d, 0x2013, 0x2014]);

/** The direct quotations among the spans, and the cues they used up. */
export interface DirectResult {
  readonly drafts: QuoteDraft[];
  /** Cues (by first token) that attributed a quotation and report nothing else. */
  readonly usedCues: Set<number>;
}

/**
 * Decides which quoted spans are quotations and who said them:
 * - a cue right after the closing mark (`"...," Xi said`, `"...," said Xi`, `"...?" Lam asked`)
 *   or right before the opening one (`Xi said: "..."`, `Xi told reporters, "..."`);
 * - a quotation that is a whole sentence, or a paragraph of a longer quotation, without a cue:
 *   the speaker of the quotation before it (filled in later);
 * - a fragment inside a sentence with an earlier cue (`called the vote "a stain on democracy"`),
 *   if it has at least three words and is not a title; shorter ones are scare quotes.
 * @example findDirectQuotes(article, spans, cues, loadQuoteWords()).drafts.length
 */
export function findDirectQuotes(
  article: QuoteArticle,
  spans: readonly QuotedSpan[],
  cues: readonly SpeechCue[],
  words: QuoteWords,
): DirectResult {
  const drafts: QuoteDraft[] = [];
  const usedCues = new Set<number>();
  let chain = -1;
  for (const span of spans) {
    if (!span.continuesPrevious) chain++;
    const first = span.open + 1;
    let last = span.last;
    while (last >= first && isTrailingPunctuation(article, last)) last--;
    if (last < first) continue;
    const sentence = article.sentences[article.sentenceOf[span.open] as number] as Sentence;
    const initial = span.open === sentence.firstToken;
    const isChained = span.continuesPrevious || span.continuesNext;
    const chainId = isChained ? chain : -1;

    // A cue after a quotation in mid-clause attributes the whole sentence, not the quoted term:
    // `... aimed at "regional separatism", she said.`
    const after = opensClause(article, span, initial)
      ? attributionAfter(article, words, cues, span, initial)
      : null;
    const attribution = after ?? attributionBefore(article, words, cues, span, sentence);
    if (attribution !== null) {
      const { cue, speaker, rule } = attribution;
      if (reportsNothingElse(article, words, attribution)) usedCues.add(cue.first);
      const needsContext = speaker === null && unresolvedPronoun(article, words, cue);
      drafts.push(directDraft(first, last, speaker, needsContext, chainId, rule));
      continue;
    }
    if (isChained || (initial && endsSentence(article, span))) {
      const rule = isChained ? "direct:paragraphs" : "direct:sentence";
      drafts.push(directDraft(first, last, null, true, chainId, rule));
      continue;
    }
    if (
      initial ||
      wordCount(article, first, last) < MIN_FRAGMENT_WORDS ||
      isTitle(article, first, last)
    ) {
      continue;
    }
    const cueIndex = lastCueBefore(cues, span.open, sentence);
    if (cueIndex < 0 || !reportsAcross(article, words, cues[cueIndex] as SpeechCue, span.open))
      continue;
    const speaker = speakerOfCue(article, words, cues, cueIndex, span.open);
    drafts.push(directDraft(first, last, speaker, false, -1, "direct:fragment"));
  }
  return { drafts, usedCues };
}

/** Nothing but closing punctuation follows the quotation in its sentence. */
function endsSentence(article: QuoteArticle, span: QuotedSpan): boolean {
  if (span.close < 0) return true;
  const end = article.sentences[article.sentenceOf[span.close] as number]?.endToken ?? 0;
  for (let t = span.close + 1; t < end; t++) {
    if (!isTerminator(article, t) && !isChar(article, t, 0x29)) return false;
  }
  return true;
}

/** Commas, colons and dashes before a closing mark belong to the sentence, not the quotation. */
function isTrailingPunctuation(article: QuoteArticle, t: number): boolean {
  const token = article.tokens[t];
  if (token === undefined || token.end - token.start !== 1) return false;
  const c = article.text.charCodeAt(token.start);
  return c === COMMA || c === COLON || c === SEMICOLON || DASHES.has(c);
}

/** Every word of four or more letters capitalised: a title or a name, not someone's words. */
function isTitle(article: QuoteArticle, first: number, last: number): boolean {
  let long = false;
  for (let t = first; t <= last; t++) {
    const token = article.tokens[t];
    if (token === undefined || token.end - token.start < 4 || !isWordToken(article, t)) continue;
    if (!isCapitalised(article, t)) return false;
    long = true;
  }
  return long;
}

function directDraft(
  first: number,
  last: number,
  speaker: Speaker | null,
  needsContext: boolean,
  chain: number,
  rule: string,
): QuoteDraft {
  return { kind: "direct", first, last, speaker, needsContext, chain, rules: [rule] };
}
