/**
 * Numbers that are not quantity claims: years, dates, times, ordinals' cousins, ages, phone
 * numbers, labels ("Resolution 2334", "Flight 370", "COP28"), scores ("3-0"), durations and
 * compounds ("a 10-point plan"). Each refusal names its reason.
 */

import type { Span } from "../model/index.js";
import { signAfter, wordAfter, wordBefore, wordBeforeStart } from "./neighbours.js";
import { endingAt, endingHere } from "./patterns.js";
import type { Refusal } from "./quantity.js";
import type { FigureVocabulary } from "./vocabulary.js";

export interface NumberInContext {
  /** Where the quantity starts: its currency symbol, else its number. */
  readonly start: number;
  readonly numberStart: number;
  readonly numberEnd: number;
  /** Past the scale, range and unit read so far. */
  readonly end: number;
  /** The first number as written, before any scale. */
  readonly value: number;
  readonly punctuated: boolean;
  readonly spelled: boolean;
  readonly ranged: boolean;
  readonly scaled: boolean;
  readonly unit: string | null;
  readonly vocabulary: FigureVocabulary;
}

/** Month names and abbreviations, lower case, as the cheap test before the date patterns. */
const MONTH_WORDS = new Set(
  [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
  ].flatMap((m) => [m, `${m}.`]),
);
const AGE_WORDS = new Set(["age", "aged", "ages", "turned", "turning"]);
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_BEFORE = endingHere(String.raw`\b${MONTH}\.?\s+`, "");
const MONTH_AFTER = new RegExp(String.raw`\s+(?:of\s+)?${MONTH}\b`, "y");
const AGE_CUE = endingHere(String.raw`\b(?:aged?|ages|turned|turning)\s+`, "i");
/** "one in five children", "1 in 4 adults": a ratio, not a count. */
const RATIO_BEFORE = endingHere(String.raw`\b(?:one|\d+)\s+in\s+`, "i");
/** "The minister, 58, said": a bare number set off by commas after a word. */
const BETWEEN_COMMAS = endingHere(String.raw`[\p{L}.)]\s*,\s+`, "u");
/** Groups of digits with two or more separators: "+84 24 3823 4567", "(202) 555-0143". */
const PHONE = /(?:\+\s?)?\(?\d{1,4}\)?(?:[\s.-]\(?\d{2,5}\)?){2,}/y;
const CAPITALISED_BEFORE = endingHere(String.raw`(?<![\p{L}\p{N}'’])(\p{Lu}[\p{L}\p{M}]*)\s`, "u");

/**
 * Why the number in `context` is not a quantity, or null when it may be one.
 * @example notQuantity("Resolution 2334 passed.", sentence, context) // { refused: "label", end: 15 }
 */
export function notQuantity(
  text: string,
  sentence: Span,
  context: NumberInContext,
): Refusal | null {
  const { start, numberStart, numberEnd, end, value, vocabulary } = context;
  const before = (pattern: RegExp) => endingAt(pattern, text, numberStart);
  const previousWord = wordBefore(text, numberStart);
  const refuse = (refused: string, until = end): Refusal => ({
    refused,
    end: Math.max(until, numberStart + 1),
  });
  const money = start !== numberStart || (context.unit !== null && /^[A-Z]{3}$/.test(context.unit));
  const bare = context.unit === null && !context.scaled;

  if (!context.spelled && !money) {
    const attached = attachedLabel(text, numberStart);
    if (attached) return refuse(attached);
    const phone = phoneEnd(text, sentence, numberStart);
    if (phone !== null) return refuse("phone", phone);
  }
  if (!context.spelled && bare && !context.punctuated) {
    if (AGE_WORDS.has(previousWord) && before(AGE_CUE)) return refuse("age");
    if (text[numberEnd] === "," && value < 130 && before(BETWEEN_COMMAS)) return refuse("age");
    if (text[numberStart - 1] === "(" && text[end] === ")") return refuse("reference");
    if (Number.isInteger(value) && value <= 31) {
      MONTH_AFTER.lastIndex = numberEnd;
      const next = wordAfter(text, numberEnd);
      if ((MONTH_WORDS.has(next) || next === "of") && MONTH_AFTER.test(text)) return refuse("date");
      if (MONTH_WORDS.has(previousWord) && before(MONTH_BEFORE)) return refuse("date");
    }
    if (/^\d{4}$/.test(text.slice(numberStart, numberEnd)) && value >= 1000 && value < 2200) {
      return refuse("year");
    }
    if (numberStart === sentence.start && /^[.)]\s/.test(text.slice(numberEnd, numberEnd + 2))) {
      return refuse("list-marker");
    }
  }
  if (previousWord === "in" && before(RATIO_BEFORE)) return refuse("ratio");
  if (!money) {
    const label = labelBefore(text, context);
    if (label) return refuse(label);
  }
  if (context.unit === null) {
    const after = vocabulary.nonQuantityAfterPattern;
    after.lastIndex = end;
    const candidate =
      signAfter(text, end) === "-" ||
      vocabulary.firstWordsAfter.nonQuantity.has(wordAfter(text, end));
    if (candidate && after.test(text)) return refuse("duration-or-time", after.lastIndex);
    if (text[end] === "-" && /\p{L}/u.test(text[end + 1] ?? "")) return refuse("compound");
    if (/^[-–]\d/.test(text.slice(end, end + 2))) return refuse("score-or-span", end + 3);
  }
  if (context.spelled && bare) return refuse("spelled-without-unit");
  if (context.ranged && bare && !money) return refuse("bare-range");
  return null;
}

/** "COP28", "F-16", "Covid-19", "#5", "v2": a number fused to a word or code. */
function attachedLabel(text: string, numberStart: number): string | null {
  const before = text[numberStart - 1] ?? "";
  if (/[\p{L}\p{N}_#@/]/u.test(before)) return "label";
  if ((before === "-" || before === "–") && /\p{L}/u.test(text[numberStart - 2] ?? "")) {
    return "label";
  }
  if (before === "'" || before === "’") return "decade-or-year";
  if (before === "." && /\d/.test(text[numberStart - 2] ?? "")) return "label";
  return null;
}

/** The end of a phone number the number at `numberStart` begins, or null. */
function phoneEnd(text: string, sentence: Span, numberStart: number): number | null {
  // A phone number goes on with a separator and more digits; most numbers do not.
  let next = numberStart;
  while (/\d/.test(text[next] ?? "")) next++;
  if (!/[\s.)-]/.test(text[next] ?? "") || !/[\d(]/.test(text[next + 1] ?? "")) return null;
  let from = numberStart;
  if (text[from - 1] === "(") from--;
  if (text[from - 1] === "+") from--;
  else if (text[from - 1] === " " && text[from - 2] === "+") from -= 2;
  PHONE.lastIndex = from;
  const match = PHONE.exec(text);
  if (!match) return null;
  const digits = match[0].replace(/\D/g, "").length;
  const end = from + match[0].length;
  // Ranges ("20 - 30") and thousands ("1 000") stay: a phone number has seven digits or more.
  return digits >= 7 && end <= sentence.end ? end : null;
}

/** "Resolution 2334", "Group of 20", "Boeing 737": a label word or a name before a bare number. */
function labelBefore(text: string, context: NumberInContext): string | null {
  const { vocabulary, numberStart } = context;
  const previous = wordBefore(text, numberStart);
  if (
    vocabulary.lastWordsBefore.codeWord.has(previous) &&
    endingAt(vocabulary.codeWordBeforePattern, text, numberStart)
  ) {
    return "label";
  }
  if (context.unit !== null || context.spelled) return null;
  const initial = text[wordBeforeStart(text, numberStart)] ?? "";
  if (initial.toLowerCase() === initial) return null;
  const capitalised = endingAt(CAPITALISED_BEFORE, text, numberStart)?.[2];
  if (!capitalised) return null;
  const word = capitalised.toLowerCase();
  // "About 200", "Nearly 40%", "Up 5 percent", "Between 150": sentence-initial words, not names.
  if (
    vocabulary.stopWords.has(word) ||
    vocabulary.changeVerbs.has(word) ||
    endingAt(vocabulary.approximationBeforePattern, `${word} `, word.length + 1) ||
    word === "between"
  ) {
    return null;
  }
  return "label";
}
