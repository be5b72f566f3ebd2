/**
 * Reads one quantity at a number: the currency before it, the number, its scale ("billion",
 * "bn"), a range ("20-30", "between 20 and 30"), the unit after it and an approximation around
 * it. What is not a quantity (a year, a date, a label, a score) is refused here with a reason,
 * so the finder can skip past it.
 */

import type { Span } from "../model/index.js";
import { type NumberRead, readDigits, readSpelled } from "./numbers.js";
import { notQuantity } from "./not-quantities.js";
import { nextWord, signAfter, wordAfter, wordBefore } from "./neighbours.js";
import { endingAt, endingHere } from "./patterns.js";
import type { FigureVocabulary } from "./vocabulary.js";

/** What a quantity counts in, which decides how change and measure are read. */
export type QuantityKind = "money" | "measured" | "count" | "bare";

export interface Quantity extends Span {
  /** Where the first number starts (after any currency symbol). */
  readonly numberStart: number;
  readonly value: number;
  readonly valueTo: number | null;
  readonly unit: string | null;
  readonly kind: QuantityKind;
  readonly scaleApplied: boolean;
  readonly approximation: string | null;
  /** Where the approximation starts, else `start`: the figure's left edge for what precedes it. */
  readonly leftEdge: number;
  /** For counted people, the words from after the number to the noun: "Ukrainian soldiers". */
  readonly countedWords: Span | null;
  readonly rules: readonly string[];
}

export interface Refusal {
  readonly refused: string;
  /** Offset past the refused text, so its parts are not read again. */
  readonly end: number;
}

/** Run at a number: "between" (and one word) before it, which makes "and" a range. */
const BETWEEN_BEFORE = endingHere(String.raw`\bbetween\s+(?:\S+\s+)?`, "iu");
/** Run at a number: "from" (and one word) before it, which makes "to" a range or a change. */
const FROM_BEFORE = endingHere(
  String.raw`\b(\S+\s+)(?:\S+\s+)?(?:\S+\s+)?from\s+(?:\S+\s+)?`,
  "iu",
);
const ORDINAL = /(?:st|nd|rd|th)(?![\p{L}])/uy;
const TOUCHING_TIME = /(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])/iuy;
const RANGE_SEPARATOR = /\s*[-–—]\s*|\s+(to|and)\s+/y;
const PARENTHESISED = /\s*\(([^()]{1,30})\)/y;
/** Words that may stand between a number and a counted noun besides content words. */
const COUNT_MODIFIERS = new Set(["more", "additional", "further", "extra", "other"]);

/**
 * The quantity whose number starts at `at` inside `sentence`, or why there is none.
 * @example readQuantity(text, sentence, text.indexOf("187.4"), vocabulary) // $187.4 billion
 */
export function readQuantity(
  text: string,
  sentence: Span,
  at: number,
  vocabulary: FigureVocabulary,
): Quantity | Refusal {
  const previous = text.charCodeAt(at - 1);
  const symbolTouches =
    at > sentence.start && previous > 32 && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "");
  const currencyMatch =
    symbolTouches || vocabulary.lastWordsBefore.currency.has(wordBefore(text, at))
      ? endingAt(vocabulary.currencyBeforePattern, text, at)
      : null;
  const currencyBefore = currencyMatch?.[2] ?? null;
  const start = currencyMatch ? at - (currencyMatch[1]?.length ?? 0) : at;
  const rules: string[] = [];

  const first = readNumberAt(text, sentence, at, vocabulary, currencyBefore !== null);
  if (!first) return { refused: "unreadable", end: at + 1 };
  if ("refused" in first) return first;
  rules.push(first.spelled ? "figure:spelled" : "figure:digits");

  let position = first.end;
  let multiplier = first.multiplier;
  let value = first.value;
  let valueTo: number | null = null;

  const range = readRange(text, sentence, position, first, start, vocabulary, currencyBefore);
  if (range) {
    // "20 to 30 million": the scale written once applies to both ends.
    if (multiplier === 1) multiplier = range.multiplier;
    valueTo = range.value * (range.multiplier === 1 ? multiplier : range.multiplier);
    position = range.end;
    rules.push("figure:range");
  }
  value *= multiplier;
  const scaleApplied = multiplier !== 1;
  if (scaleApplied) rules.push("figure:scale");

  let unit: string | null = null;
  let kind: QuantityKind = "bare";
  let countedWords: Span | null = null;
  if (currencyBefore !== null) {
    unit = vocabulary.currencyBefore.get(currencyBefore) ?? null;
    kind = "money";
    rules.push("figure:currency-symbol");
  } else {
    const after = readUnitAfter(text, sentence, position, vocabulary);
    if (after) {
      ({ unit, kind } = after);
      countedWords = after.countedWords;
      position = after.end;
      rules.push(after.rule);
    }
  }

  const refusal = notQuantity(text, sentence, {
    start,
    numberStart: at,
    numberEnd: first.end,
    end: position,
    value: first.value,
    punctuated: first.punctuated,
    spelled: first.spelled,
    ranged: valueTo !== null,
    scaled: scaleApplied,
    unit,
    vocabulary,
  });
  if (refusal) return refusal;

  let approximation: string | null = null;
  let leftEdge = start;
  const approximateBefore = vocabulary.lastWordsBefore.approximation.has(wordBefore(text, start))
    ? endingAt(vocabulary.approximationBeforePattern, text, start)
    : null;
  const approximateLength = approximateBefore?.[1]?.length ?? 0;
  if (approximateBefore?.[2] && start - approximateLength >= sentence.start) {
    approximation = approximateBefore[2];
    leftEdge = start - approximateLength;
    rules.push("figure:approximation");
  } else if (vocabulary.firstWordsAfter.approximation.has(wordAfter(text, position))) {
    vocabulary.approximationAfterPattern.lastIndex = position;
    const approximateAfter = vocabulary.approximationAfterPattern.exec(text);
    if (
      approximateAfter?.[1] &&
      approximateAfter.index + approximateAfter[0].length <= sentence.end
    ) {
      approximation = approximateAfter[1];
      rules.push("figure:approximation-after");
    }
  }

  return {
    start,
    end: position,
    numberStart: at,
    value,
    valueTo,
    unit,
    kind,
    scaleApplied,
    approximation,
    leftEdge,
    countedWords,
    rules,
  };
}

interface ScaledNumber extends NumberRead {
  readonly multiplier: number;
}

/**
 * A number with its scale, or a refusal for what only looks like one ("75th", "10:30", "5G").
 * "m" and "k" are scales only for money or before a unit: "$3m", "1.5m people", not "3m".
 */
function readNumberAt(
  text: string,
  sentence: Span,
  at: number,
  vocabulary: FigureVocabulary,
  money: boolean,
): ScaledNumber | Refusal | null {
  const isDigit = /\d/.test(text[at] ?? "");
  const number = isDigit ? readDigits(text, at) : readSpelled(text, at, vocabulary);
  if (!number) return null;
  let end = number.end;
  let multiplier = 1;
  const touching = /[\p{L}'’]/u.test(text[end] ?? "");
  if (!number.spelled) {
    const next = text[end] ?? "";
    if (next === ":" && /\d/.test(text[end + 1] ?? "")) return { refused: "time", end: end + 3 };
    if ((next === "/" || next === ".") && /\d/.test(text[end + 1] ?? "")) {
      return { refused: "date-or-code", end: skipCode(text, end) };
    }
    if (touching) {
      ORDINAL.lastIndex = end;
      if (ORDINAL.test(text)) return { refused: "ordinal", end: ORDINAL.lastIndex };
      TOUCHING_TIME.lastIndex = end;
      if (TOUCHING_TIME.test(text)) return { refused: "time", end: TOUCHING_TIME.lastIndex };
      if (/^(?:s|['’]s)(?![\p{L}])/u.test(text.slice(end, end + 3)) && !number.punctuated) {
        return { refused: "decade-or-year", end: end + 1 };
      }
      const moneySuffix = sticky(vocabulary.moneySuffixPattern, text, end);
      const suffix =
        sticky(vocabulary.scaleSuffixPattern, text, end) ??
        (moneySuffix && (money || readUnitAfter(text, sentence, moneySuffix.end, vocabulary))
          ? moneySuffix
          : null);
      if (suffix) {
        multiplier = vocabulary.scales.get(suffix.form.toLowerCase()) ?? 1;
        end = suffix.end;
      }
    }
  }
  if (
    multiplier === 1 &&
    (signAfter(text, end) === "-" || vocabulary.firstWordsAfter.scale.has(wordAfter(text, end)))
  ) {
    const word = sticky(vocabulary.scaleWordPattern, text, end);
    if (word) {
      multiplier = vocabulary.scales.get(word.form.toLowerCase()) ?? 1;
      end = word.end;
    }
  }
  // A spelled "a" or "half a" is a number only before a scale word: "a million".
  if (number.spelled && multiplier === 1 && !/[a-z]{3}/i.test(text.slice(at, number.end))) {
    return null;
  }
  // Spelled out, not spread: this runs for every number in the text.
  return {
    value: number.value,
    end,
    spelled: number.spelled,
    punctuated: number.punctuated,
    multiplier,
  };
}

/** The second number of a range after `position`, if one is written there. */
function readRange(
  text: string,
  sentence: Span,
  position: number,
  first: ScaledNumber,
  start: number,
  vocabulary: FigureVocabulary,
  currency: string | null,
): ScaledNumber | null {
  const sign = signAfter(text, position);
  if (
    sign !== "-" &&
    sign !== "–" &&
    sign !== "—" &&
    !/^(?:to|and)$/.test(wordAfter(text, position))
  ) {
    return null;
  }
  RANGE_SEPARATOR.lastIndex = position;
  const separator = RANGE_SEPARATOR.exec(text);
  if (!separator) return null;
  const word = separator[1]?.toLowerCase();
  if (word === "and" && !endingAt(BETWEEN_BEFORE, text, start)) return null;
  // "rose from 20 to 30 percent" is two levels; "from 20 to 30 percent" alone is a range.
  if (
    word === "to" &&
    changeBeforeFrom(endingAt(FROM_BEFORE, text, start)?.[1] ?? "", vocabulary)
  ) {
    return null;
  }
  let at = separator.index + separator[0].length;
  if (currency !== null && text.startsWith(currency, at)) at += currency.length;
  if (at >= sentence.end) return null;
  const second = readNumberAt(text, sentence, at, vocabulary, currency !== null);
  if (!second || "refused" in second) return null;
  if (second.spelled !== first.spelled) return null;
  const low = first.value * first.multiplier;
  const high = second.value * (second.multiplier === 1 ? first.multiplier : second.multiplier);
  // Ranges ascend: "3-0" is a score and "2022-23" a season, not ranges.
  if (!(high > low)) return null;
  return second;
}

/** A change or level verb stands in the words before "from": "rose from", "fell sharply from". */
function changeBeforeFrom(before: string, vocabulary: FigureVocabulary): boolean {
  return before
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => vocabulary.changeVerbs.has(word) || vocabulary.levelVerbs.has(word));
}

interface UnitRead {
  readonly unit: string;
  readonly kind: QuantityKind;
  readonly end: number;
  readonly countedWords: Span | null;
  readonly rule: string;
}

/** The unit written after a number: a currency word or code, a unit, or a counted noun. */
function readUnitAfter(
  text: string,
  sentence: Span,
  position: number,
  vocabulary: FigureVocabulary,
): UnitRead | null {
  const within = (read: { form: string; end: number } | null) =>
    read && read.end <= sentence.end ? read : null;
  const word = wordAfter(text, position);
  const sign = word === "" ? signAfter(text, position) : "";
  if (
    word === "" &&
    sign !== "%" &&
    sign !== "-" &&
    sign !== "(" &&
    !/[^\p{L}\p{N}\p{P}\s]/u.test(sign)
  ) {
    return null;
  }
  const currencyCandidate =
    vocabulary.firstWordsAfter.currency.has(word) || (word === "" && sign !== "%");
  const currencyWord = currencyCandidate
    ? within(sticky(vocabulary.currencyWordAfterPattern, text, position))
    : null;
  const currency =
    currencyWord ??
    (currencyCandidate
      ? within(sticky(vocabulary.currencyCodeAfterPattern, text, position))
      : null);
  if (currency) {
    const key = currencyWord ? currency.form.toLowerCase() : currency.form;
    const code = vocabulary.currencyAfter.get(key);
    if (code)
      return {
        unit: code,
        kind: "money",
        end: currency.end,
        countedWords: null,
        rule: "figure:currency-word",
      };
  }
  const unitCandidate = vocabulary.firstWordsAfter.unit.has(word) || sign === "%" || sign === "-";
  const measured = unitCandidate ? within(sticky(vocabulary.unitPattern, text, position)) : null;
  if (measured) {
    const unit = vocabulary.units.get(measured.form.toLowerCase());
    if (unit) {
      return {
        unit,
        kind: "measured",
        end: withAlias(text, measured.end, unit, vocabulary),
        countedWords: null,
        rule: "figure:unit",
      };
    }
  }
  return readCountedNoun(text, sentence, position, vocabulary);
}

/** "7,240 TEU (twenty-foot equivalent units)": an alias of the same unit in brackets joins it. */
function withAlias(text: string, end: number, unit: string, vocabulary: FigureVocabulary): number {
  PARENTHESISED.lastIndex = end;
  const alias = PARENTHESISED.exec(text);
  const inside = alias?.[1]?.trim().toLowerCase();
  return inside !== undefined && vocabulary.units.get(inside) === unit
    ? PARENTHESISED.lastIndex
    : end;
}

/** "3,000 Ghanaian troops", "48 dead": a counted noun after up to two modifying words. */
function readCountedNoun(
  text: string,
  sentence: Span,
  position: number,
  vocabulary: FigureVocabulary,
): UnitRead | null {
  const words: Array<{ word: string; end: number }> = [];
  let cursor = position;
  while (words.length < 4) {
    // Words only, and only words a counted noun may follow: "41 were injured" stops at once.
    if (!/\s/.test(text[cursor] ?? "")) break;
    const next = nextWord(text, cursor);
    if (!next || next.end > sentence.end || !/^\p{L}/u.test(next.word)) break;
    words.push(next);
    cursor = next.end;
    if (vocabulary.stopWords.has(next.word) && !COUNT_MODIFIERS.has(next.word)) break;
  }
  let firstWordStart = position;
  while (/\s/.test(text[firstWordStart] ?? "")) firstWordStart++;
  for (let k = 0; k < Math.min(3, words.length); k++) {
    for (const length of [2, 1]) {
      const phrase = words
        .slice(k, k + length)
        .map((w) => w.word)
        .join(" ");
      const unit = words.length >= k + length ? vocabulary.countNouns.get(phrase) : undefined;
      if (unit) {
        const end = words[k + length - 1]?.end ?? position;
        return {
          unit,
          kind: "count",
          end,
          countedWords: { start: firstWordStart, end },
          rule: "figure:counted-noun",
        };
      }
    }
    // Only modifiers may stand before the noun: "400 Jamaican soldiers", not "41 were injured".
    const word = words[k]?.word ?? "";
    if (vocabulary.stopWords.has(word) && !COUNT_MODIFIERS.has(word)) break;
    if (vocabulary.countNouns.has(word) || vocabulary.numberWords.has(word)) break;
  }
  return null;
}

/** Runs `pattern` (sticky) at `index`; its group 1 is the form found. */
function sticky(
  pattern: RegExp,
  text: string,
  index: number,
): { form: string; end: number } | null {
  pattern.lastIndex = index;
  const match = pattern.exec(text);
  return match?.[1] ? { form: match[1], end: match.index + match[0].length } : null;
}

/** Past "13/2023", "1.2.3", "www.x/2024/08": the rest of a code or date written with digits. */
function skipCode(text: string, from: number): number {
  let end = from;
  while (end < text.length && /[\d/.\-\p{L}]/u.test(text[end] ?? "")) end++;
  return end;
}
