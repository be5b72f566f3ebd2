/**
 * What a figure measures, in the text's words: "bilateral trade", "container throughput",
 * "people killed". Read from the figure outwards, most specific evidence first: the counted
 * noun, "of ..." after the figure, the noun right after it, "... worth/of/to/at" before it,
 * the subject of the verb that leads to it, the figure before it in the sentence, and last the
 * nearest measure noun in its clause. Null when nothing names it.
 */

import type { Quantity } from "./quantity.js";
import type { FigureVocabulary } from "./vocabulary.js";
import { isPossessive, type Word } from "./words.js";

export interface MeasureRead {
  readonly text: string;
  readonly rule: string;
}

/** What a measure is read from: the sentence's words and the figures before this one. */
export interface MeasureContext {
  readonly words: readonly Word[];
  readonly sentenceStart: number;
  readonly vocabulary: FigureVocabulary;
  /** Measures of the earlier figures of the sentence, with where each figure ended. */
  readonly earlier: ReadonlyArray<{ readonly end: number; readonly measure: string | null }>;
}

/** "a year", "per day": a rate after money. */
const RATE_WORDS = new Set(["a", "per", "each", "every", "an"]);
const PERIOD_NOUNS = new Set([
  "year",
  "month",
  "day",
  "week",
  "quarter",
  "tonne",
  "ton",
  "barrel",
  "head",
]);
/** Words a phrase may be read past at its start: "of the country's ...", "of its 31 members". */
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "its",
  "their",
  "his",
  "her",
  "our",
  "this",
  "that",
  "these",
  "those",
]);
/** Between a preposition and the number: "worth a combined 6.5 billion yuan", "to a record". */
const NUMBER_PREFIXES = new Set([
  "a",
  "an",
  "the",
  "combined",
  "total",
  "record",
  "further",
  "another",
  "some",
]);
/** Words between a verb and the number it leads to: "increased by", "rose to a record". */
const BEFORE_NUMBER = new Set([
  "by",
  "to",
  "at",
  "a",
  "an",
  "the",
  "record",
  "further",
  "another",
  "year-on-year",
  "between",
  "from",
]);
/** Words of a verb group before its verb: "is forecast to grow", "had been". */
const VERB_GROUP = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "to",
  "expected",
  "forecast",
  "projected",
  "set",
  "likely",
  "seen",
  "reportedly",
  "also",
  "already",
  "still",
  "not",
]);
/** Words between a count and what happened to it: "were killed", "have been displaced". */
const OUTCOME_GAP = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "been",
  "being",
  "reportedly",
  "feared",
  "later",
  "also",
]);
const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")", "while", "whereas", "but", "—", "–"]);
const REPORTING = new Set(["said", "says", "say", "told", "according"]);
/** How far a measure noun may be from the verb or figure it belongs to, in words. */
const SUBJECT_REACH = 8;
const NEARBY_REACH = 6;
const MAX_MODIFIERS = 3;

/**
 * The measure of `quantity`, or null.
 * @example readMeasure(quantity, context)?.text // "bilateral trade"
 */
export function readMeasure(quantity: Quantity, context: MeasureContext): MeasureRead | null {
  const { words } = context;
  const after = firstIndexFrom(words, quantity.end);
  const before = lastIndexBefore(words, quantity.leftEdge);
  return (
    counted(quantity, after, before, context) ??
    outcomeOfBareCount(quantity, after, context) ??
    ofAfter(quantity, after, context) ??
    nounAfter(quantity, after, context) ??
    prepositionBefore(before, context) ??
    subjectOfVerb(before, context) ??
    earlierFigure(quantity, context) ??
    nearestMeasureNoun(before, after, context)
  );
}

/** "1,250 Ukrainian soldiers had been released" → "Ukrainian soldiers released". */
function counted(
  quantity: Quantity,
  after: number,
  before: number,
  context: MeasureContext,
): MeasureRead | null {
  if (!quantity.countedWords) return null;
  const { words, vocabulary } = context;
  const counted = words.filter(
    (w) =>
      w.start >= (quantity.countedWords?.start ?? 0) && w.end <= (quantity.countedWords?.end ?? 0),
  );
  const noun = phraseText(counted, context);
  if (counted.length === 1 && vocabulary.outcomeWords.has(counted[0]?.lower ?? "")) {
    return { text: noun, rule: "figure:measure-counted" };
  }
  const outcome = outcomeAfter(after, context);
  if (outcome) return { text: `${noun} ${outcome.text}`, rule: "figure:measure-counted-outcome" };
  const outcomeBefore = words[before];
  if (outcomeBefore && vocabulary.outcomeWords.has(outcomeBefore.lower)) {
    return { text: `${noun} ${outcomeBefore.text}`, rule: "figure:measure-counted-outcome" };
  }
  return { text: noun, rule: "figure:measure-counted" };
}

/** "41 were injured": what happened to a bare count. */
function outcomeOfBareCount(
  quantity: Quantity,
  after: number,
  context: MeasureContext,
): MeasureRead | null {
  if (quantity.kind !== "bare") return null;
  const outcome = outcomeAfter(after, context);
  return outcome ? { text: outcome.text, rule: "figure:measure-outcome" } : null;
}

/** The outcome word after a count, past "were", "have been": "were killed" → "killed". */
function outcomeAfter(after: number, context: MeasureContext): Word | null {
  const { words, vocabulary } = context;
  let k = after;
  while (k < words.length && k - after < 3 && OUTCOME_GAP.has(words[k]?.lower ?? "")) k++;
  const word = words[k];
  return word && vocabulary.outcomeWords.has(word.lower) ? word : null;
}

/** "2.3 million tonnes of rice", "27 percent of its exports"; not "4.5 percent of GDP". */
function ofAfter(quantity: Quantity, after: number, context: MeasureContext): MeasureRead | null {
  const { words } = context;
  let k = after;
  if (words[k]?.lower === "worth" && words[k + 1]?.lower === "of") k++;
  if (words[k]?.lower !== "of") return null;
  const phrase = phraseAfter(k + 1, context, "possessives");
  if (phrase.length === 0) return null;
  if (context.vocabulary.shareBases.has(phraseText(phrase, context).toLowerCase())) return null;
  return { text: phraseText(phrase, context), rule: "figure:measure-of" };
}

/** "$500 million aid package", "1,873 new work permits"; money "in" or "on": "$2 billion in loans". */
function nounAfter(quantity: Quantity, after: number, context: MeasureContext): MeasureRead | null {
  const { words, vocabulary } = context;
  let k = after;
  while (
    k < words.length &&
    /^(?:year-on-year|year-over-year|annual)$/.test(words[k]?.lower ?? "")
  ) {
    k++;
  }
  const changeNoun = vocabulary.changeNouns.has(words[k]?.lower ?? "");
  if (changeNoun) k++;
  // "$300 billion a year in climate finance": the rate is not the measure.
  while (RATE_WORDS.has(words[k]?.lower ?? "") && PERIOD_NOUNS.has(words[k + 1]?.lower ?? ""))
    k += 2;
  if (!changeNoun && quantity.kind !== "count") {
    const phrase = phraseAfter(k, context, "none");
    if (phrase.length > 0)
      return { text: phraseText(phrase, context), rule: "figure:measure-noun-after" };
  }
  const preposition = words[k]?.lower ?? "";
  const money = quantity.kind === "money";
  if (
    preposition === "in"
      ? money || changeNoun
      : money && (preposition === "on" || preposition === "for")
  ) {
    // Names after "in" are places ("in Vietnam"), after "for" beneficiaries: lower case only.
    const phrase = phraseAfter(
      k + 1,
      context,
      preposition === "for" ? "possessives" : "determiners",
    );
    if (phrase.some((w) => w.lower !== w.text)) return null;
    const head = phrase.at(-1);
    if (head && !vocabulary.stopWords.has(head.lower)) {
      return { text: phraseText(phrase, context), rule: "figure:measure-in" };
    }
  }
  return null;
}

/** "goods worth $65 billion", "a budget of $3 million", "raise bilateral trade to $100 billion". */
function prepositionBefore(before: number, context: MeasureContext): MeasureRead | null {
  const { words, vocabulary } = context;
  let k = before;
  while (k >= 0 && NUMBER_PREFIXES.has(words[k]?.lower ?? "")) k--;
  const preposition = words[k]?.lower ?? "";
  if (!["of", "worth", "to", "at"].includes(preposition)) return null;
  // Not into the figure before: "11 per cent to 1.57 million tonnes".
  const floor = context.earlier.at(-1)?.end ?? -1;
  const phrase = phraseBefore(k - 1, context).filter((w) => w.start >= floor);
  const head = phrase.at(-1);
  if (!head || isVerbLike(head, vocabulary) || vocabulary.changeNouns.has(head.lower)) return null;
  if (!vocabulary.measureNouns.has(head.lower)) {
    const noun = measureNounLeftOf(
      phrase[0] ? words.indexOf(phrase[0]) - 1 : k - 1,
      context,
      NEARBY_REACH,
    );
    if (noun !== null)
      return {
        text: phraseText(nounPhrase(noun, k, context), context),
        rule: "figure:measure-before",
      };
  }
  return { text: phraseText(phrase, context), rule: "figure:measure-before" };
}

/** "Bilateral trade reached $187.4 billion", "the deficit would narrow to 4.5 percent". */
function subjectOfVerb(before: number, context: MeasureContext): MeasureRead | null {
  const { words, vocabulary } = context;
  let verb = -1;
  for (let k = before; k >= 0 && before - k < 5; k--) {
    const word = words[k];
    if (!word || !word.alphabetic) break;
    const phrase = `${word.lower} ${words[k + 1]?.lower ?? ""}`;
    if (
      vocabulary.levelVerbs.has(phrase) ||
      vocabulary.levelVerbs.has(word.lower) ||
      vocabulary.changeVerbs.has(word.lower)
    ) {
      verb = k;
      break;
    }
    if (!BEFORE_NUMBER.has(word.lower)) break;
  }
  if (verb < 0) return null;
  let k = verb - 1;
  while (k >= 0 && VERB_GROUP.has(words[k]?.lower ?? "")) k--;
  const noun = measureNounLeftOf(k, context, SUBJECT_REACH);
  if (noun !== null)
    return {
      text: phraseText(nounPhrase(noun, verb, context), context),
      rule: "figure:measure-subject",
    };
  const phrase = phraseBefore(k, context);
  const head = phrase.at(-1);
  return head && !isVerbLike(head, vocabulary)
    ? { text: phraseText(phrase, context), rule: "figure:measure-subject" }
    : null;
}

/** "...to 1.2 million TEU" after "rose 12.4 percent": the same measure as the figure before. */
function earlierFigure(quantity: Quantity, context: MeasureContext): MeasureRead | null {
  const previous = context.earlier.at(-1);
  if (!previous?.measure) return null;
  const between = context.words.filter(
    (w) => w.start >= previous.end && w.end <= quantity.leftEdge,
  );
  if (between.some((w) => w.lower === ";" || w.lower === "while" || w.lower === "whereas"))
    return null;
  return { text: previous.measure, rule: "figure:measure-earlier-figure" };
}

/** The nearest measure noun on either side within the figure's clause. */
function nearestMeasureNoun(
  before: number,
  after: number,
  context: MeasureContext,
): MeasureRead | null {
  const { words, vocabulary } = context;
  for (let distance = 0; distance < NEARBY_REACH; distance++) {
    for (const k of [after + distance, before - distance]) {
      const word = words[k];
      if (!word) continue;
      if (
        vocabulary.measureNouns.has(word.lower) &&
        !crossesClause(k, k < before ? before : after, context)
      ) {
        return {
          text: phraseText(nounPhrase(k, k + 1, context), context),
          rule: "figure:measure-nearby",
        };
      }
    }
  }
  return null;
}

/** The nearest measure noun at or left of `from`, within `reach` words and the clause. */
function measureNounLeftOf(from: number, context: MeasureContext, reach: number): number | null {
  const { words, vocabulary } = context;
  for (let k = from; k >= 0 && from - k < reach; k--) {
    const word = words[k];
    if (!word || CLAUSE_BREAKS.has(word.lower) || REPORTING.has(word.lower)) return null;
    if (vocabulary.measureNouns.has(word.lower)) return k;
  }
  return null;
}

/**
 * The phrase around the measure noun at `noun`: its modifiers, compound nouns after it, and
 * an "of ..." after it up to `limit` ("Prices of imported wheat").
 */
function nounPhrase(noun: number, limit: number, context: MeasureContext): Word[] {
  const { words, vocabulary } = context;
  let first = noun;
  while (first - 1 >= 0 && noun - first < MAX_MODIFIERS && isModifier(words[first - 1], context))
    first--;
  let last = noun;
  while (last + 1 < limit && vocabulary.measureNouns.has(words[last + 1]?.lower ?? "")) last++;
  if (words[last + 1]?.lower === "of") {
    const tail = phraseAfter(last + 2, context, "possessives").filter(
      (w) => words.indexOf(w) < limit,
    );
    if (tail.length > 0) last = words.indexOf(tail.at(-1) as Word);
  }
  return words.slice(first, last + 1);
}

/**
 * Content words from `k` on. `skip`: read past determiners ("the"), and also possessives and
 * numbers ("of the country's", "of its 31").
 */
function phraseAfter(
  k: number,
  context: MeasureContext,
  skip: "none" | "determiners" | "possessives",
): Word[] {
  const { words } = context;
  let i = k;
  while (skip !== "none" && i < words.length) {
    const word = words[i] as Word;
    const skipped =
      DETERMINERS.has(word.lower) ||
      (skip === "possessives" &&
        (isPossessive(word) || (!word.alphabetic && /\d/.test(word.text))));
    if (!skipped) break;
    i++;
  }
  const phrase: Word[] = [];
  while (i < words.length && phrase.length < 4 && isPhraseWord(words[i], context)) {
    phrase.push(words[i] as Word);
    i++;
  }
  // A phrase ends on a noun: "new work permits for", not "permits exported".
  while (phrase.length > 0 && isVerbLike(phrase.at(-1) as Word, context.vocabulary)) phrase.pop();
  return phrase;
}

/** Content words ending at `k`, read leftwards, with "of" inside after a measure noun. */
function phraseBefore(k: number, context: MeasureContext): Word[] {
  const { words, vocabulary } = context;
  const phrase: Word[] = [];
  let i = k;
  while (i >= 0 && phrase.length < 5) {
    const word = words[i] as Word;
    // A verb ends it, unless it is the head: "India traded goods" → "goods".
    if (isPhraseWord(word, context) && (phrase.length === 0 || !isVerbLike(word, vocabulary))) {
      phrase.unshift(word);
      i--;
    } else if (
      word.lower === "of" &&
      phrase.length > 0 &&
      vocabulary.measureNouns.has(words[i - 1]?.lower ?? "")
    ) {
      phrase.unshift(word);
      i--;
    } else break;
  }
  while (phrase[0]?.lower === "of") phrase.shift();
  return phrase;
}

function isPhraseWord(word: Word | undefined, context: MeasureContext): boolean {
  return (
    word !== undefined &&
    word.alphabetic &&
    !context.vocabulary.stopWords.has(word.lower) &&
    !isPossessive(word) &&
    !/ly$/.test(word.lower)
  );
}

function isModifier(word: Word | undefined, context: MeasureContext): boolean {
  return word !== undefined && isPhraseWord(word, context) && !isVerbLike(word, context.vocabulary);
}

/** A verb form ("reached", "rose", "exported"), unless it is also a measure noun ("output"). */
function isVerbLike(word: Word, vocabulary: FigureVocabulary): boolean {
  if (vocabulary.measureNouns.has(word.lower)) return false;
  return (
    vocabulary.levelVerbs.has(word.lower) ||
    vocabulary.changeVerbs.has(word.lower) ||
    vocabulary.outcomeWords.has(word.lower) ||
    /ed$/.test(word.lower)
  );
}

/** A clause break or reporting verb lies between word indexes `a` and `b`. */
function crossesClause(a: number, b: number, context: MeasureContext): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return context.words
    .slice(from + 1, to)
    .some((w) => CLAUSE_BREAKS.has(w.lower) || REPORTING.has(w.lower));
}

/** The words as written, the sentence's capital dropped from an ordinary first word. */
function phraseText(phrase: readonly Word[], context: MeasureContext): string {
  return phrase
    .map((word) =>
      word.start === context.sentenceStart && !/^\p{Lu}{2,}/u.test(word.text)
        ? word.lower
        : word.text,
    )
    .join(" ");
}

function firstIndexFrom(words: readonly Word[], offset: number): number {
  const index = words.findIndex((w) => w.start >= offset);
  return index < 0 ? words.length : index;
}

function lastIndexBefore(words: readonly Word[], offset: number): number {
  for (let k = words.length - 1; k >= 0; k--) if ((words[k] as Word).end <= offset) return k;
  return -1;
}
