/** Which cue attributes a quotation or reported clause, and the speaker that cue names. */

import type { Sentence } from "../model/index.js";
import {
  type QuoteArticle,
  isCapitalised,
  isChar,
  isWordToken,
  lowerText,
  wordCount,
} from "./article.js";
import { clauseAfter } from "./clause.js";
import type { SpeechCue } from "./cues.js";
import { type QuotedSpan, isQuoteMark } from "./quote-marks.js";
import type { QuoteWords } from "./quote-words.js";
import {
  type Speaker,
  participleSpeaker,
  sentenceSubject,
  speakerAfter,
  speakerBefore,
} from "./speaker.js";

/** How far before a quotation its verb may stand ("Lam said in a statement on Monday: "). */
const BEFORE_REACH = 8;
/** Words allowed between a closing mark and its verb when no actor is named ("a source said"). */
const UNNAMED_REACH = 4;
/** Words allowed between a closing mark and its verb ("Chinese Foreign Ministry spokesperson Lin"). */
const AFTER_REACH = 7;

const COMMA = 0x2c;
const COLON = 0x3a;
const DASHES = new Set([0x2d, 0x2013, 0x2014]);
const POSSESSIVES = new Set(["'s", "’s", "'", "’"]);

/** A cue that attributes a quotation, the speaker it names and the rule that found it. */
export interface Attribution {
  readonly cue: SpeechCue;
  readonly speaker: Speaker | null;
  readonly rule: string;
}

/**
 * `"...," Xi said`, `"...," said the ministry`, `"...?" Lam asked`, `"...," her counterpart Li
 * added`. The quotation must end as an attributed one does: with a comma, question or exclamation
 * mark inside or a comma after it; a full stop only when the quotation is a sentence of its own
 * (`"We agree." Lam said.`), since in mid-sentence the next clause belongs to someone else.
 * @example attributionAfter(article, words, cues, span, true)?.rule // "direct:cue-after"
 */
export function attributionAfter(
  article: QuoteArticle,
  words: QuoteWords,
  cues: readonly SpeechCue[],
  span: QuotedSpan,
  initial: boolean,
): Attribution | null {
  if (span.close < 0) return null;
  let from = span.close + 1;
  const commaAfter = isChar(article, from, COMMA);
  if (commaAfter) from++;
  if (!commaAfter && !endsLikeAttributed(article, span.last, initial)) return null;
  const cue = cues.find((c) => c.first >= from && c.first <= from + AFTER_REACH);
  if (cue === undefined || cue.verb?.fragment === true) return null;
  if (lineBreakBetween(article, span.close, cue.first)) return null;
  for (let t = from; t < cue.first; t++) {
    if (!isWordToken(article, t) && !POSSESSIVES.has(lowerText(article, t))) return null;
  }
  const end = article.sentences[cue.sentence]?.endToken ?? cue.last + 1;
  if (cue.first === from) {
    const speaker = speakerAfter(article, words, cue, end);
    return { cue, speaker, rule: "direct:cue-after" };
  }
  const speaker = speakerBefore(article, words, cue, from);
  // With no actor named, only a short phrase ("a source said") or a name the actor stage did not
  // know may stand there.
  const unknownName = isCapitalised(article, cue.first - 1);
  if (speaker === null && cue.first - from > UNNAMED_REACH && !unknownName) return null;
  return { cue, speaker, rule: "direct:cue-after" };
}

/** The quotation's last token ends in , ? ! or a dash, or in a full stop when it is a sentence. */
function endsLikeAttributed(article: QuoteArticle, last: number, initial: boolean): boolean {
  const token = article.tokens[last];
  if (token === undefined) return false;
  const c = article.text.charCodeAt(token.end - 1);
  return c === COMMA || c === 0x3f || c === 0x21 || DASHES.has(c) || (initial && c === 0x2e);
}

/**
 * `Xi said: "..."`, `Xi told reporters, "..."`, `Xi said that "..."`, `according to Lam, "..."`,
 * and a quotation opening the paragraph after `Xi said:`.
 * @example attributionBefore(article, words, cues, span, sentence)?.cue.first
 */
export function attributionBefore(
  article: QuoteArticle,
  words: QuoteWords,
  cues: readonly SpeechCue[],
  span: QuotedSpan,
  sentence: Sentence,
): Attribution | null {
  let p = span.open - 1;
  if (p < sentence.firstToken) {
    const previous = article.sentences[sentence.index - 1];
    if (previous === undefined || !isChar(article, previous.endToken - 1, COLON)) return null;
    const index = lastCueBefore(cues, previous.endToken - 1, previous);
    if (index < 0 || cues[index]?.verb?.fragment === true) return null;
    const speaker = speakerOfCue(article, words, cues, index, previous.endToken - 1);
    return { cue: cues[index] as SpeechCue, speaker, rule: "direct:cue-before" };
  }
  const cueRightBefore = cues.findIndex((c) => c.last === p);
  if (cueRightBefore < 0) {
    if (isChar(article, p, COLON) || isChar(article, p, COMMA) || lowerText(article, p) === "that")
      p--;
    else return null;
  }
  const index = cueRightBefore >= 0 ? cueRightBefore : lastCueBefore(cues, p + 1, sentence);
  const cue = cues[index];
  if (cue === undefined || cue.verb?.fragment === true || cue.last < p - BEFORE_REACH) return null;
  for (let t = cue.last + 1; t <= p; t++) if (isQuoteMark(article, t)) return null;
  const speaker = speakerOfCue(article, words, cues, index, span.open);
  return { cue, speaker, rule: "direct:cue-before" };
}

/**
 * The quotation starts its sentence or a clause of it (after a comma, colon or dash).
 * @example opensClause(article, span, false) // true after "he said,"
 */
export function opensClause(article: QuoteArticle, span: QuotedSpan, initial: boolean): boolean {
  if (initial) return true;
  const token = article.tokens[span.open - 1];
  if (token === undefined || token.end - token.start !== 1) return false;
  const c = article.text.charCodeAt(token.start);
  return c === COMMA || c === COLON || DASHES.has(c);
}

/**
 * Whether a cue before a quoted fragment covers it: a characterising verb ("called it"), a source
 * phrase, or a verb whose reported clause starts before the fragment ("said the plan was 'dead'").
 * @example reportsAcross(article, words, cue, span.open)
 */
export function reportsAcross(
  article: QuoteArticle,
  words: QuoteWords,
  cue: SpeechCue,
  open: number,
): boolean {
  const verb = cue.verb;
  if (verb === null || verb.fragment) return true;
  if (!verb.clause && !verb.that) return false;
  const end = article.sentences[cue.sentence]?.endToken ?? open;
  const clause = clauseAfter(article, words, cue, end);
  return (verb.clause || clause.that) && clause.first <= open;
}

/**
 * The speaker a cue names, whichever way round it is written.
 * @example speakerOfCue(article, words, cues, 0, sentence.endToken)?.ref.name
 */
export function speakerOfCue(
  article: QuoteArticle,
  words: QuoteWords,
  cues: readonly SpeechCue[],
  index: number,
  upperBound: number,
): Speaker | null {
  const cue = cues[index] as SpeechCue;
  if (cue.verb === null) return speakerAfter(article, words, cue, upperBound);
  if (cue.verb.participle) return participleSpeaker(article, words, cues, index);
  const sentence = article.sentences[cue.sentence] as Sentence;
  const found =
    speakerBefore(article, words, cue, sentence.firstToken) ??
    speakerAfter(article, words, cue, upperBound);
  if (found !== null || !words.conjunctions.has(lowerText(article, cue.first - 1))) return found;
  // "Rights groups condemned the ruling and said ...": the speaker is the first verb's subject.
  return sentenceSubject(article, words, cue, "speaker:coordinated-subject");
}

/**
 * Index of the last cue in `sentence` that ends before token `before`, or -1.
 * @example lastCueBefore(cues, span.open, sentence) // -1 when none
 */
export function lastCueBefore(
  cues: readonly SpeechCue[],
  before: number,
  sentence: Sentence,
): number {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as SpeechCue;
    if (cue.last >= before) continue;
    return cue.sentence === sentence.index ? i : -1;
  }
  return -1;
}

/**
 * A cue after a quotation reports nothing more when the speaker follows it (`"...," said Xi`) or
 * no words follow it (`"...," Xi said on Monday.`); `"We agree." Lam said the deal ...` goes on.
 * @example reportsNothingElse(article, words, attribution) // true for `"...," Xi said.`
 */
export function reportsNothingElse(
  article: QuoteArticle,
  words: QuoteWords,
  attribution: Attribution,
): boolean {
  const { cue, speaker, rule } = attribution;
  if (rule !== "direct:cue-after") return false;
  if (speaker !== null && speaker.first > cue.last) return true;
  const end = article.sentences[cue.sentence]?.endToken ?? cue.last + 1;
  const clause = clauseAfter(article, words, cue, end);
  return (
    clause.first >= end ||
    !isWordToken(article, clause.first) ||
    wordCount(article, clause.first, end - 1) < 3
  );
}

function lineBreakBetween(article: QuoteArticle, from: number, to: number): boolean {
  const start = article.tokens[from]?.end ?? 0;
  const end = article.tokens[to]?.start ?? 0;
  for (let i = start; i < end; i++) if (article.text.charCodeAt(i) === 10) return true;
  return false;
}
