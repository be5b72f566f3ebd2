/** Reported speech: "X said (that) ...", "..., X said.", "According to X, ...", "..., saying ...". */

import type { Sentence } from "../model/index.js";
import {
  type QuoteArticle,
  isCapitalised,
  isChar,
  isTerminator,
  isWordToken,
  lowerText,
  tokenText,
  wordCount,
} from "./article.js";
import { type TailAttribution, clauseAfter, tailAttribution } from "./clause.js";
import type { SpeechCue } from "./cues.js";
import { speakerOfCue } from "./attribution.js";
import type { QuoteDraft } from "./draft.js";
import { isQuoteMark } from "./quote-marks.js";
import type { QuoteWords } from "./quote-words.js";
import { speakerAfter, speakerBefore, unresolvedPronoun } from "./speaker.js";

/** Reported words shorter than this are not a claim ("said so", "told him"). */
const MIN_WORDS = 3;
/** How far the comma after "According to X" may be from the source's name. */
const SOURCE_COMMA_REACH = 4;

const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const OPEN_PARENTHESIS = 0x28;
const CLOSE_PARENTHESIS = 0x29;

/**
 * The reported clauses of the article's sentences. A cue inside words another cue reports is
 * part of them ("X said Y told him ..."); an attribution closing a sentence after a verb that
 * reports a clause names who reported it, not who said it ("X said ..., Xinhua reported"), and
 * is left out. `usedCues` attributed direct quotations and report nothing else; `direct` are the
 * direct quotations, whose words an indirect clause never repeats.
 * @example findIndirectQuotes(article, words, cues, new Set(), [])
 */
export function findIndirectQuotes(
  article: QuoteArticle,
  words: QuoteWords,
  cues: readonly SpeechCue[],
  usedCues: ReadonlySet<number>,
  direct: readonly QuoteDraft[],
): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  let i = 0;
  while (i < cues.length) {
    const sentenceIndex = (cues[i] as SpeechCue).sentence;
    let j = i;
    while (j < cues.length && (cues[j] as SpeechCue).sentence === sentenceIndex) j++;
    const sentence = article.sentences[sentenceIndex] as Sentence;
    drafts.push(...sentenceQuotes(article, words, cues, i, j, sentence, usedCues, direct));
    i = j;
  }
  return drafts;
}

function sentenceQuotes(
  article: QuoteArticle,
  words: QuoteWords,
  cues: readonly SpeechCue[],
  from: number,
  to: number,
  sentence: Sentence,
  usedCues: ReadonlySet<number>,
  direct: readonly QuoteDraft[],
): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  // The attribution closing a sentence may be followed by a participle: ", X said, calling it ...".
  let tailIndex = to - 1;
  while (tailIndex > from && (cues[tailIndex] as SpeechCue).verb?.participle === true) tailIndex--;
  const lastCue = cues[tailIndex] as SpeechCue;
  const tail = usedCues.has(lastCue.first)
    ? null
    : tailAttribution(article, words, sentence, lastCue);
  let coveredUntil = -1;
  for (let index = from; index < to; index++) {
    const cue = cues[index] as SpeechCue;
    if (cue.first <= coveredUntil || usedCues.has(cue.first) || cue === tail?.cue) continue;
    const draft =
      cue.verb === null
        ? sourceFirst(article, words, cues, index, to, sentence)
        : clauseAfterVerb(article, words, cues, index, to, sentence, tail);
    if (draft === null || overlapsDirect(draft, direct)) continue;
    drafts.push(draft);
    coveredUntil = draft.last;
  }
  // A clause reported before the tail makes the tail its reporter ("X said ..., Xinhua reported");
  // a participle after it ("..., KCNA said, adding that ...") does not.
  if (tail !== null && !drafts.some((d) => d.first < tail.wordsEnd)) {
    const draft = beforeTail(article, words, tail, sentence);
    if (draft !== null && !overlapsDirect(draft, direct)) drafts.unshift(draft);
  }
  return drafts;
}

/** "X said (that) ...", "X told reporters on Monday that ...", "..., saying ...". */
function clauseAfterVerb(
  article: QuoteArticle,
  words: QuoteWords,
  cues: readonly SpeechCue[],
  index: number,
  to: number,
  sentence: Sentence,
  tail: TailAttribution | null,
): QuoteDraft | null {
  const cue = cues[index] as SpeechCue;
  const verb = cue.verb;
  if (verb === null || verb.fragment || (!verb.clause && !verb.that)) return null;
  const previous = lowerText(article, cue.first - 1);
  if (
    words.beForms.has(previous) ||
    words.determiners.has(previous) ||
    words.negations.has(previous)
  ) {
    return null;
  }
  const clause = clauseAfter(article, words, cue, sentence.endToken);
  if (!clause.that && !verb.clause) return null;
  const first = clause.first;
  if (first >= sentence.endToken || !isWordToken(article, first)) return null;
  if (!clause.that && words.notClauseStarts.has(lowerText(article, first))) return null;
  // The clause ends at the first of: a later clause's start, the closing attribution's comma.
  const stops = [nextClauseStop(article, words, cues, index, to), tail?.wordsEnd ?? -1];
  const stop = Math.min(...stops.map((t) => (t > first ? t : Infinity)));
  const last = clauseEnd(article, first, sentence, Number.isFinite(stop) ? stop : -1);
  if (wordCount(article, first, last) < MIN_WORDS) return null;
  const speaker = speakerOfCue(article, words, cues, index, first);
  const rule = verb.participle
    ? "indirect:participle"
    : clause.that
      ? "indirect:that"
      : "indirect:clause";
  const needsContext = speaker === null && unresolvedPronoun(article, words, cue);
  return { kind: "indirect", first, last, speaker, needsContext, chain: -1, rules: [rule] };
}

/** "According to the ministry, 20 people were hurt." The clause follows the source's comma. */
function sourceFirst(
  article: QuoteArticle,
  words: QuoteWords,
  cues: readonly SpeechCue[],
  index: number,
  to: number,
  sentence: Sentence,
): QuoteDraft | null {
  const cue = cues[index] as SpeechCue;
  if (cue.first !== sentence.firstToken) return null;
  const speaker = speakerAfter(article, words, cue, sentence.endToken);
  if (speaker === null) return null;
  let comma = speaker.last + 1;
  while (
    comma < sentence.endToken &&
    comma <= speaker.last + SOURCE_COMMA_REACH &&
    !isChar(article, comma, COMMA)
  ) {
    comma++;
  }
  if (!isChar(article, comma, COMMA)) return null;
  // A verb after the source reports the words itself: "According to Xinhua, Xi said ...".
  for (let later = index + 1; later < to; later++) {
    const verb = (cues[later] as SpeechCue).verb;
    if (verb !== null && !verb.fragment) return null;
  }
  const first = comma + 1;
  if (isQuoteMark(article, first)) return null;
  const last = clauseEnd(article, first, sentence, -1);
  if (wordCount(article, first, last) < MIN_WORDS) return null;
  return {
    kind: "indirect",
    first,
    last,
    speaker,
    needsContext: false,
    chain: -1,
    rules: ["indirect:according-to"],
  };
}

/** "Ties are strong, Xi said." The words before the attribution's comma. */
function beforeTail(
  article: QuoteArticle,
  words: QuoteWords,
  tail: TailAttribution,
  sentence: Sentence,
): QuoteDraft | null {
  const first = afterDateline(article, sentence);
  if (isQuoteMark(article, first)) return null;
  const last = tail.wordsEnd - 1;
  if (wordCount(article, first, last) < MIN_WORDS) return null;
  const rule = tail.cue.verb === null ? "indirect:according-to" : "indirect:cue-after";
  const needsContext = tail.speaker === null && unresolvedPronoun(article, words, tail.cue);
  return {
    kind: "indirect",
    first,
    last,
    speaker: tail.speaker,
    needsContext,
    chain: -1,
    rules: [rule],
  };
}

/** How far into a paragraph's first sentence a dateline's dash may stand. */
const DATELINE_REACH = 12;
const DASHES = new Set(["-", "--", "–", "—"]);

/**
 * The first token after a dateline ("NAIROBI, March 4 (Reuters) - ", "Hanoi (VNA) – "): a dash
 * after a closing parenthesis or after a capitalised place name opening the paragraph.
 */
function afterDateline(article: QuoteArticle, sentence: Sentence): number {
  const first = sentence.firstToken;
  const previous = article.sentences[sentence.index - 1];
  if (previous !== undefined && previous.paragraph === sentence.paragraph) return first;
  if (!isCapitalised(article, first)) return first;
  for (let t = first + 1; t < sentence.endToken && t <= first + DATELINE_REACH; t++) {
    if (!DASHES.has(tokenText(article, t))) continue;
    const before = tokenText(article, t - 1);
    const allCaps = tokenText(article, first) === tokenText(article, first).toUpperCase();
    return before === ")" || (allCaps && t <= first + 3) ? t + 1 : first;
  }
  return first;
}

/**
 * Where a later cue of the same sentence starts its own clause: the comma before a participle
 * ("..., adding that ...") or the conjunction (and the comma before it) joining a second verb
 * ("..., and said that ..."). -1 when there is none.
 */
function nextClauseStop(
  article: QuoteArticle,
  words: QuoteWords,
  cues: readonly SpeechCue[],
  index: number,
  to: number,
): number {
  for (let later = index + 1; later < to; later++) {
    const cue = cues[later] as SpeechCue;
    if (cue.verb === null || cue.verb.fragment) continue;
    const before = cue.first - 1;
    if (cue.verb.participle && isChar(article, before, COMMA)) return before;
    // "..., and said ..." or "..., but Israel said ...": a second verb, or a second speaker.
    const speaker = speakerBefore(article, words, cue, (cues[index] as SpeechCue).last + 1);
    const joint = speaker === null ? before : speaker.first - 1;
    if (words.conjunctions.has(lowerText(article, joint))) {
      return isChar(article, joint - 1, COMMA) ? joint - 1 : joint;
    }
  }
  return -1;
}

/**
 * The last token of a reported clause starting at `first`: before `stop` (a comma that ends it),
 * a semicolon or a parenthesis it did not open, else the sentence's end without its full stop. A clause ending in a quoted
 * fragment keeps the closing mark, so its quotation marks stay paired.
 */
function clauseEnd(article: QuoteArticle, first: number, sentence: Sentence, stop: number): number {
  let last = stop > first ? stop - 1 : sentence.endToken - 1;
  let depth = 0;
  for (let t = first; t <= last; t++) {
    if (isChar(article, t, OPEN_PARENTHESIS)) depth++;
    // A clause reported inside parentheses ends with them: "(Mai said a study was ready)".
    const closes = isChar(article, t, CLOSE_PARENTHESIS) && depth-- === 0;
    if (closes || isChar(article, t, SEMICOLON)) {
      last = t - 1;
      break;
    }
  }
  if (isQuoteMark(article, last)) return last;
  while (last >= first && (isTerminator(article, last) || isChar(article, last, COMMA))) last--;
  return last;
}

/** Whether the clause starts inside a direct quotation (its marks included): those are its words. */
function overlapsDirect(draft: QuoteDraft, direct: readonly QuoteDraft[]): boolean {
  return direct.some((d) => d.first - 1 <= draft.first && draft.first <= d.last + 1);
}
