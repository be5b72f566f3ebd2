/** Where reported words begin after a verb, and attributions that close a sentence ("..., Xi said."). */

import type { Sentence } from "../model/index.js";
import {
  type QuoteArticle,
  isCapitalised,
  isChar,
  isTerminator,
  isWordToken,
  lowerText,
  mentionStartingAt,
} from "./article.js";
import type { SpeechCue } from "./cues.js";
import { isQuoteMark } from "./quote-marks.js";
import type { QuoteWords } from "./quote-words.js";
import { type Speaker, isGapWord, speakerAfter, speakerBefore } from "./speaker.js";

const COMMA = 0x2c;
const COLON = 0x3a;
/** Longest phrase skipped as a listener or an adjunct. */
const MAX_PHRASE = 8;
/** How many adjunct phrases and time words may follow a verb ("said late on Monday in Hanoi"). */
const MAX_ADJUNCTS = 6;
/** How far "that" may stand after an adjunct the word lists do not cover. */
const THAT_REACH = 8;

/** The first token of what a verb reports, and whether "that" introduced it. */
export interface ReportedClause {
  readonly first: number;
  readonly that: boolean;
}

/**
 * Where the words a verb reports begin: after its listener ("told reporters"), adjuncts ("in a
 * statement on Monday") and "that". `end` is the sentence's end token (exclusive).
 * @example clauseAfter(article, words, cue, sentence.endToken) // { first: 12, that: true }
 */
export function clauseAfter(
  article: QuoteArticle,
  words: QuoteWords,
  cue: SpeechCue,
  end: number,
): ReportedClause {
  let k = cue.last + 1;
  if (cue.verb?.recipient === true) k = skipPhrase(article, words, words.recipientWords, k, end);
  const adjuncts = skipAdjuncts(article, words, k, end);
  k = adjuncts.next;
  if (isChar(article, k, COLON)) k++;
  if (lowerText(article, k) === "that") return { first: k + 1, that: true };
  if (adjuncts.unfinished) {
    for (let t = k; t < end && t < k + THAT_REACH; t++) {
      if (!isWordToken(article, t)) break;
      if (lowerText(article, t) === "that") return { first: t + 1, that: true };
    }
  }
  return { first: k, that: false };
}

/**
 * Skips where/when/how phrases: "on Monday", "in a statement", "at a news conference in Hanoi",
 * "on the sidelines of the summit". `unfinished` says the last phrase ran into a word the lists
 * do not know, so the caller may look a little further for "that".
 * @example skipAdjuncts(article, words, cue.last + 1, sentence.endToken).next
 */
export function skipAdjuncts(
  article: QuoteArticle,
  words: QuoteWords,
  from: number,
  end: number,
): { next: number; unfinished: boolean } {
  let k = from;
  let sawPhrase = false;
  let unfinished = false;
  for (let step = 0; step < MAX_ADJUNCTS && k < end; step++) {
    const word = lowerText(article, k);
    if (words.adjunctPrepositions.has(word) || (sawPhrase && word === "to")) {
      const next = skipPhrase(article, words, words.adjunctWords, k + 1, end);
      if (next === k + 1) break;
      k = next;
      sawPhrase = true;
      const stop = lowerText(article, k);
      unfinished =
        k < end && isWordToken(article, k) && stop !== "that" && !words.determiners.has(stop);
      continue;
    }
    if (isGapWord(article, words, k)) {
      k++;
      unfinished = false;
      continue;
    }
    break;
  }
  return { next: k, unfinished };
}

/**
 * Skips one noun phrase made of `allowed` words, capitalised words, numbers and actor mentions:
 * "the Global Times", "a routine press conference", "state television". After the phrase's first
 * lower-case noun a capitalised word or a determiner starts something else ("told reporters China
 * would ...", "said on Monday the ministry ...").
 * @example skipPhrase(article, words, words.recipientWords, cue.last + 1, end) // after "reporters"
 */
export function skipPhrase(
  article: QuoteArticle,
  words: QuoteWords,
  allowed: ReadonlySet<string>,
  from: number,
  end: number,
): number {
  let k = from;
  let head = false;
  let lowerHead = false;
  while (k < end && k < from + MAX_PHRASE) {
    const word = lowerText(article, k);
    if (words.determiners.has(word)) {
      // Before a mention too: "her" in "told her Australian counterpart" is not the listener.
      if (head) break;
      k++;
      continue;
    }
    const c = article.text.charCodeAt(article.tokens[k]?.start ?? 0);
    const isDigit = c >= 48 && c <= 57;
    if ((allowed.has(word) && !isCapitalised(article, k)) || isDigit) {
      head = true;
      lowerHead ||= !isDigit;
      k++;
      continue;
    }
    // An actor heads a phrase ("told the Global Times"); after the head one starts a clause
    // ("said on Monday he would ...").
    const m = mentionStartingAt(article, k);
    if (m >= 0) {
      if (head) break;
      k = (article.mentionLastToken[m] as number) + 1;
      head = true;
      continue;
    }
    if (word === "'s" || word === "’s") {
      k++;
      continue;
    }
    if (isCapitalised(article, k)) {
      if (lowerHead) break;
      head = true;
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** "Ties are strong, Xi said." — the attribution, where the words it reports end, who spoke. */
export interface TailAttribution {
  readonly cue: SpeechCue;
  /** One past the last token of the reported words: the comma, or after a quotation's `,"`. */
  readonly wordsEnd: number;
  readonly speaker: Speaker | null;
}

/** How many words may stand between the comma and the verb or the actor: a title, "a source". */
const MAX_SUBJECT_WORDS = 4;
/** ... and before a name in apposition: "the country's migration chief, Diego Salazar, said". */
const MAX_APPOSED_SUBJECT_WORDS = 6;
const POSSESSIVES = new Set(["'s", "’s", "'", "’"]);
/** Words an adjunct may end with that the lists do not know, after an attribution. */
const MAX_TRAILING_WORDS = 3;

/**
 * The attribution that closes a sentence: ", Xi said (on Monday).", ", said the ministry.",
 * ", Ge told the Global Times.", ", according to Xinhua." `cue` is the sentence's last cue.
 * The reported words are everything before, after a dateline ("NAIROBI (Reuters) - ").
 * @example tailAttribution(article, words, sentence, cue)?.comma
 */
export function tailAttribution(
  article: QuoteArticle,
  words: QuoteWords,
  sentence: Sentence,
  cue: SpeechCue,
): TailAttribution | null {
  let last = sentence.endToken - 1;
  while (last > cue.last && isTerminator(article, last)) last--;
  const end = last + 1;
  if (cue.verb === null) {
    if (!isChar(article, cue.first - 1, COMMA)) return null;
    const speaker = speakerAfter(article, words, cue, end);
    // "..., according to witnesses.": a source that is no actor still attributes the claim.
    const sourceEnd =
      speaker === null ? Math.min(end, cue.last + 1 + MAX_SUBJECT_WORDS) : speaker.last + 1;
    if (speaker === null && !onlyWords(article, cue.last + 1, sourceEnd)) return null;
    if (!reachesEnd(article, words, sourceEnd, end)) return null;
    return { cue, wordsEnd: cue.first - 1, speaker };
  }
  if (cue.verb.fragment || cue.verb.participle) return null;
  const speaker = speakerBefore(article, words, cue, sentence.firstToken);
  // ", said the ministry." — unless a name in apposition precedes: ", Diego Salazar, said".
  if (isChar(article, cue.first - 1, COMMA) && speaker === null) {
    const inverted = speakerAfter(article, words, cue, end);
    const after = inverted === null ? cue.last + 1 : inverted.last + 1;
    if (!reachesEnd(article, words, after, end)) return null;
    return { cue, wordsEnd: cue.first - 1, speaker: inverted };
  }
  let after = cue.last + 1;
  if (cue.verb.recipient) after = skipPhrase(article, words, words.recipientWords, after, end);
  if (!reachesEnd(article, words, after, end)) return null;
  let t = (speaker === null ? cue.first : speaker.first) - 1;
  let reach = MAX_SUBJECT_WORDS;
  // "..., the country's migration chief, Diego Salazar, said": the name stands in apposition, so
  // the subject phrase starts before its first comma.
  if (speaker !== null && isChar(article, t, COMMA)) {
    t--;
    reach = MAX_APPOSED_SUBJECT_WORDS;
  }
  for (const stop = t - reach; t >= sentence.firstToken && t >= stop; t--) {
    if (isChar(article, t, COMMA)) return { cue, wordsEnd: t, speaker };
    // `... was "arbitrary and dishonest," the newspaper reported`: the comma sits inside the marks.
    if (isQuoteMark(article, t) && isChar(article, t - 1, COMMA)) {
      return { cue, wordsEnd: t + 1, speaker };
    }
    if (!isWordToken(article, t) && !POSSESSIVES.has(lowerText(article, t))) return null;
  }
  return null;
}

function onlyWords(article: QuoteArticle, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (!isWordToken(article, t)) return false;
  return to > from;
}

/** Whether only adjuncts stand between `from` and the end (a comma may close the attribution). */
function reachesEnd(article: QuoteArticle, words: QuoteWords, from: number, end: number): boolean {
  const { next, unfinished } = skipAdjuncts(article, words, from, end);
  if (next >= end || isChar(article, next, COMMA)) return true;
  // A place phrase the lists do not know may close the sentence: "the ministry in the enclave".
  if (!unfinished) return false;
  let stop = next;
  while (stop < end && stop < next + MAX_TRAILING_WORDS && isWordToken(article, stop)) stop++;
  return stop >= end || isChar(article, stop, COMMA);
}
