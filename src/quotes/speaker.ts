/** Who said it: the actor mention a reporting verb or "according to" points at. */

import type { ActorMention, ActorRef, Evidence } from "../model/index.js";
import {
  type QuoteArticle,
  isCapitalised,
  isChar,
  isWordToken,
  lowerText,
  tokenText,
  mentionEndingAt,
  mentionStartingAt,
} from "./article.js";
import type { SpeechCue } from "./cues.js";
import type { QuoteWords } from "./quote-words.js";

/** A speaker found for a cue: the actor, the words that name it with the cue, and their tokens. */
export interface Speaker {
  readonly ref: ActorRef;
  readonly evidence: Evidence;
  /** First and last token of the mention naming the speaker. */
  readonly first: number;
  readonly last: number;
}

const COMMA = 0x2c;
const POSSESSIVES = new Set(["'s", "’s", "'", "’"]);
/** How many adverbs or time words may stand between a subject and its verb ("also", "on Monday"). */
const MAX_GAP = 4;
/** How far after a verb or source phrase the speaker's mention may start. */
const SPEAKER_AFTER_REACH = 5;
/** How far back an apposition may reach: "Le Van Hai, a professor at ... University, said". */
const MAX_APPOSITION = 24;

/**
 * The subject before a reporting verb ("Xi said", "Xi also said", "Haddad, a U.N. envoy, said"),
 * not looking before `lowerBound`.
 * @example speakerBefore(article, words, cue, sentence.firstToken)
 */
export function speakerBefore(
  article: QuoteArticle,
  words: QuoteWords,
  cue: SpeechCue,
  lowerBound: number,
): Speaker | null {
  let p = cue.first - 1;
  for (let gap = 0; gap < MAX_GAP && p >= lowerBound && isGapWord(article, words, p); gap++) p--;
  if (p < lowerBound) return null;
  const direct = mentionEndingWithin(article, p, lowerBound);
  if (direct !== null) return fromMention(article, direct, cue, "speaker:subject");
  // "a coast guard officer said", "the ministry's spokeswoman said", "the Secretary-General's
  // office said": the body the person speaks for.
  if (words.spokespersonNouns.has(lowerText(article, p))) {
    const possessive = POSSESSIVES.has(tokenText(article, p - 1));
    const body = mentionEndingWithin(article, possessive ? p - 2 : p - 1, lowerBound);
    if (body !== null) return fromMention(article, body, cue, "speaker:spokesperson-for");
  }
  if (!isChar(article, p, COMMA)) return null;
  for (let q = p - 1; q >= lowerBound && q >= p - MAX_APPOSITION; q--) {
    if (!isChar(article, q, COMMA)) continue;
    // "Haddad, a U.N. envoy, said", else the name in apposition: "the envoy, Amara Haddad, said".
    const before = mentionEndingWithin(article, q - 1, lowerBound);
    const apposed = mentionEndingWithin(article, p - 1, q + 1);
    const found = before ?? apposed;
    return found === null ? null : fromMention(article, found, cue, "speaker:subject-apposition");
  }
  return null;
}

/**
 * Whether the cue's subject is a personal pronoun no actor mention covers ("he said" with nobody
 * named before): the speaker is then whoever spoke last.
 * @example unresolvedPronoun(article, words, cue) // true for an unresolved "she added"
 */
export function unresolvedPronoun(
  article: QuoteArticle,
  words: QuoteWords,
  cue: SpeechCue,
): boolean {
  if (cue.verb === null) return false;
  const before = cue.first - 1;
  const after = cue.last + 1;
  const isBare = (t: number) =>
    words.pronouns.has(lowerText(article, t)) && mentionStartingAt(article, t) < 0;
  return isBare(before) || (isBare(after) && isChar(article, before, COMMA));
}

/**
 * The speaker after a verb or source phrase: "said Xi", "said a spokesman for the army" (the army:
 * a spokesperson speaks for the body named after "for"), "according to the ministry".
 * @example speakerAfter(article, words, cue, sentence.endToken)
 */
export function speakerAfter(
  article: QuoteArticle,
  words: QuoteWords,
  cue: SpeechCue,
  upperBound: number,
): Speaker | null {
  // Titles and determiners may come first: "said Uzbek Foreign Minister ...", "said a senior
  // official". After a verb a preposition opens an adjunct ("said in an interview with El
  // Heraldo"), not the speaker; a source may stand in one ("according to a statement from").
  const stops = cue.verb === null ? null : words.adjunctPrepositions;
  const mention = mentionWithin(article, cue.last + 1, SPEAKER_AFTER_REACH, upperBound, stops);
  if (mention === null) return null;
  const rule = cue.verb === null ? "speaker:according-to" : "speaker:after-verb";
  const speaker = fromMention(article, mention, cue, rule);
  return forWhomSpoken(article, words, speaker, cue, upperBound) ?? speaker;
}

/**
 * The speaker of a participle ("..., saying the deal was dead"): the speaker of an earlier cue in
 * the sentence, else the sentence's first actor not inside a prepositional phrase.
 * @example participleSpeaker(article, words, cues, 3)
 */
export function participleSpeaker(
  article: QuoteArticle,
  words: QuoteWords,
  cues: readonly SpeechCue[],
  index: number,
): Speaker | null {
  const cue = cues[index] as SpeechCue;
  const sentence = article.sentences[cue.sentence];
  if (sentence === undefined) return null;
  for (let i = index - 1; i >= 0; i--) {
    const earlier = cues[i] as SpeechCue;
    if (earlier.sentence !== cue.sentence) break;
    if (earlier.verb?.participle === true) continue;
    const found =
      speakerBefore(article, words, earlier, sentence.firstToken) ??
      speakerAfter(article, words, earlier, cue.first);
    if (found !== null) return relabel(found, "speaker:participle-subject");
  }
  return sentenceSubject(article, words, cue, "speaker:participle-subject");
}

/**
 * The first actor of the cue's sentence that is not inside a prepositional phrase, taken as the
 * subject of the sentence ("Rights groups condemned the ruling and said ...").
 * @example sentenceSubject(article, words, cue, "speaker:coordinated-subject")
 */
export function sentenceSubject(
  article: QuoteArticle,
  words: QuoteWords,
  cue: SpeechCue,
  rule: string,
): Speaker | null {
  const sentence = article.sentences[cue.sentence];
  if (sentence === undefined) return null;
  for (let t = sentence.firstToken; t < cue.first; t++) {
    const m = mentionStartingAt(article, t);
    if (m < 0) continue;
    const previous = lowerText(article, t - 1);
    if (t > sentence.firstToken && isPrepositional(words, previous)) continue;
    return fromMention(article, m, cue, rule);
  }
  return null;
}

/**
 * The same speaker and evidence under another rule.
 * @example relabel(speaker, "speaker:previous-quote").evidence.rule
 */
export function relabel(speaker: Speaker, rule: string): Speaker {
  return { ...speaker, evidence: { ...speaker.evidence, rule } };
}

function isPrepositional(words: QuoteWords, word: string): boolean {
  return (
    words.adjunctPrepositions.has(word) || words.speakerPrepositions.has(word) || word === "to"
  );
}

/**
 * Whether the token may stand between a subject and its verb, or right after the verb.
 * @example isGapWord(article, words, t) // true for "also", "Monday", "reportedly"
 */
export function isGapWord(article: QuoteArticle, words: QuoteWords, t: number): boolean {
  const word = tokenText(article, t);
  if (words.gapWords.has(word)) return true;
  return word.length > 3 && word.endsWith("ly") && !isCapitalised(article, t);
}

/** Index of the mention whose last token is `t`, if it starts at or after `lowerBound`. */
function mentionEndingWithin(article: QuoteArticle, t: number, lowerBound: number): number | null {
  const m = mentionEndingAt(article, t);
  return m < 0 || (article.mentionFirstToken[m] as number) < lowerBound ? null : m;
}

/** Index of the first mention starting within `reach` tokens from `from`, across words only. */
function mentionWithin(
  article: QuoteArticle,
  from: number,
  reach: number,
  upperBound: number,
  stops: ReadonlySet<string> | null = null,
): number | null {
  for (let t = from; t < from + reach && t < upperBound; t++) {
    const m = mentionStartingAt(article, t);
    if (m >= 0) return m;
    if (!isWordToken(article, t) || stops?.has(lowerText(article, t)) === true) return null;
  }
  return null;
}

/** "a spokesman for the Foreign Ministry": the ministry, with the whole phrase as evidence. */
function forWhomSpoken(
  article: QuoteArticle,
  words: QuoteWords,
  speaker: Speaker,
  cue: SpeechCue,
  upperBound: number,
): Speaker | null {
  const head = lastWord(speaker.ref.name);
  if (!words.spokespersonNouns.has(head)) return null;
  const preposition = speaker.last + 1;
  if (!words.speakerPrepositions.has(lowerText(article, preposition))) return null;
  const body = mentionWithin(article, preposition + 1, 3, upperBound);
  if (body === null) return null;
  const found = fromMention(article, body, cue, "speaker:spokesperson-for");
  const start = Math.min(article.tokens[speaker.first]?.start ?? 0, found.evidence.start);
  return { ...found, evidence: { ...found.evidence, start } };
}

function lastWord(name: string): string {
  const space = name.lastIndexOf(" ");
  return (space < 0 ? name : name.slice(space + 1)).toLowerCase();
}

/**
 * A speaker from an actor mention; the evidence runs from the first to the last of the mention's
 * and the cue's words.
 * @example fromMention(article, 3, cue, "speaker:subject").evidence // "Xi said"
 */
export function fromMention(
  article: QuoteArticle,
  m: number,
  cue: SpeechCue,
  rule: string,
): Speaker {
  const speaker = mentionSpeaker(article, m, rule);
  const start = Math.min(speaker.evidence.start, article.tokens[cue.first]?.start ?? Infinity);
  const end = Math.max(speaker.evidence.end, article.tokens[cue.last]?.end ?? 0);
  return { ...speaker, evidence: { start, end, rule } };
}

/**
 * A speaker named by the mention alone (no cue names it: the context does).
 * @example mentionSpeaker(article, 0, "speaker:previous-subject").ref.name
 */
export function mentionSpeaker(article: QuoteArticle, m: number, rule: string): Speaker {
  const mention = article.mentions[m] as ActorMention;
  const { name, code, country, sector } = mention;
  return {
    ref: { name, code, country, sector },
    evidence: { start: mention.start, end: mention.end, rule },
    first: article.mentionFirstToken[m] as number,
    last: article.mentionLastToken[m] as number,
  };
}
