/**
 * Date expressions chrono does not read, or reads too eagerly, found with plain patterns: years
 * ("since 2019"), decades ("the 1990s"), bare month names ("in March", "last May"), day ranges
 * with "between" or "through", and vague phrases ("recently"). Also the names that only look
 * like dates ("Sunday Times"), which veto any mention they overlap.
 */

import { readDataLines } from "../../word-lists.js";
import {
  inferYear,
  inMonth,
  inYear,
  partsOf,
  RELATIVE_OFFSET,
  resolveCalendar,
  UNRESOLVED,
} from "./calendar.js";
import type { Found, RuleContext } from "./types.js";

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MONTH = MONTH_NAMES.join("|");
const HAS_MONTH = new RegExp(String.raw`\b(?:${MONTH})\b`);
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** After these, "May" is as likely the politician as the month: "a speech by May". */
const PERSON_CUES = new Set(["by", "from", "after", "before"]);

/** Cues are looked for in this many characters before a candidate; the longest needs ~15. */
const CUE_WINDOW = 40;

interface Vocabulary {
  /** Matches at the end of the text before a candidate when a date cue ends there. */
  readonly cueBefore: RegExp;
  readonly vague: RegExp;
  readonly notDates: RegExp;
}

let vocabulary: Vocabulary | undefined;

/** The data-file lists as patterns, built on first use. */
function loadVocabulary(): Vocabulary {
  const alternatives = (name: string): string =>
    readDataLines(`events/dates/${name}`)
      .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
      .join("|");
  vocabulary ??= {
    cueBefore: new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives("date-cues.txt")})[\\s-]+$`, "iu"),
    // A plain \b start, not a lookbehind, lets the engine scan fast for these on every sentence.
    vague: new RegExp(`\\b(?:${alternatives("vague-phrases.txt")})\\b`, "gi"),
    notDates: new RegExp(`\\b(?:${alternatives("not-dates.txt")})`, "g"),
  };
  return vocabulary;
}

/** The date cue ending right before `index` ("in", "end of"), lower-cased, or null. */
function cueBefore(sentence: string, index: number): string | null {
  const match = loadVocabulary().cueBefore.exec(
    sentence.slice(Math.max(0, index - CUE_WINDOW), index),
  );
  return match?.[1] ? match[1].toLowerCase().replace(/\s+/g, " ") : null;
}

/** Spans of names such as "Sunday Times" that no date mention may overlap. */
export function notDateSpans(sentence: string): { start: number; end: number }[] {
  return [...sentence.matchAll(loadVocabulary().notDates)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Everything in this module, in no particular order. */
export function textRules(sentence: string, context: RuleContext): Found[] {
  // Most sentences have no four-digit number and no month name: skip those rules cheaply.
  const digits = /\d{4}/.test(sentence);
  const months = HAS_MONTH.test(sentence);
  return [
    ...(digits ? years(sentence) : []),
    ...(digits ? decades(sentence) : []),
    ...(months ? monthNames(sentence, context) : []),
    ...(months ? dayRanges(sentence, context) : []),
    ...vaguePhrases(sentence),
  ];
}

const YEAR = /(?<![\p{N}$£€#])\b(19\d\d|20\d\d|2100)\b(?![.,]?\p{N}|%|\s?per\s?cent)/gu;
/** What may follow a year to make it a range: "2014-16", "2014 to 2016". */
const YEAR_RANGE_TAIL = /^\s*(?:[-–—]|to\b|until\b|till\b|through\b)\s*(\d{4}|\d\d)\b(?![.,]?\d)/;
/** "between 2014 and 2016". */
const BETWEEN_TAIL = /^\s+and\s+(\d{4})\b(?![.,]?\d)/;
/** Between a year and the next in a list: "in 2014, 2015 and 2018". */
const YEAR_LIST_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * Four-digit numbers 1900–2100 that a cue makes a year ("in 2014", "by 2030", "in early 2014"),
 * possessives ("2014's"), years continuing a list of such, and ranges of years. Bare numbers
 * are not years: "2000 troops", "the 1967 borders", "Resolution 2254".
 */
function years(sentence: string): Found[] {
  const found: Found[] = [];
  let listEnd = -1;
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(sentence); match; match = YEAR.exec(sentence)) {
    const start = match.index;
    let end = start + 4;
    const year = Number(match[1]);
    const cue = cueBefore(sentence, start);
    const listed = listEnd >= 0 && YEAR_LIST_GAP.test(sentence.slice(listEnd, start));
    if (!cue && !listed && !/^['’]s\b/.test(sentence.slice(end))) continue;
    const tail = sentence.slice(end);
    const range = (cue === "between" ? BETWEEN_TAIL : YEAR_RANGE_TAIL).exec(tail);
    let endYear: number | undefined;
    if (range?.[1]) {
      // "2014-16" means 2016: the short form borrows the century.
      const last =
        range[1].length === 2 ? year - (year % 100) + Number(range[1]) : Number(range[1]);
      if (last > year && last <= 2100) {
        endYear = last;
        end += range[0].length;
      } else if (range[1].length === 4) {
        continue; // "between 2000 and 3000 people" counts people
      }
    }
    found.push({
      start,
      end,
      rule: endYear === undefined ? "year" : "year-range",
      relative: false,
      ...inYear(year, endYear),
    });
    listEnd = end;
    YEAR.lastIndex = end;
  }
  return found;
}

/** "the 1990s" spans ten years: year precision, the decade's first and last year. */
function decades(sentence: string): Found[] {
  return [...sentence.matchAll(/\b(1[89]\d0|20\d0)['’]?s\b/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    rule: "decade",
    relative: false,
    ...inYear(Number(m[1]), Number(m[1]) + 9),
  }));
}

/**
 * Month names standing alone: "in March", "since January", "last May", "March last year".
 * Capitalised only ("a protest march") and only after a cue or last/this/next, which keeps out
 * "Theresa May" and "Women's March". Months followed by a day or year are chrono's.
 */
const MONTH_WORD = new RegExp(
  String.raw`\b(?:([Ll]ast|[Tt]his|[Nn]ext)\s+)?(${MONTH})\b(?!\s*\d|,\s*\d{4}\b)` +
    String.raw`(?:,?\s+(last|this|next)\s+year\b)?`,
  "g",
);

function monthNames(sentence: string, { today, future }: RuleContext): Found[] {
  const found: Found[] = [];
  const { year, month: thisMonth } = partsOf(today);
  for (const match of sentence.matchAll(MONTH_WORD)) {
    const [, modifier, name = "", yearModifier] = match;
    const month = MONTH_NAMES.indexOf(name) + 1;
    // A cue or a modifier is needed; for "May", a cue a person would not take ("by May" is not
    // one), and "May last year" may be the politician.
    const cue = cueBefore(sentence, match.index);
    const cued = cue !== null && !(name === "May" && PERSON_CUES.has(cue));
    if (!cued && !modifier && !(yearModifier && name !== "May")) continue;
    let rule = "month-without-year";
    let resolution = inMonth(inferYear(month, undefined, today, future), month);
    if (yearModifier) {
      rule = "month-of-relative-year";
      resolution = inMonth(year + (RELATIVE_OFFSET[yearModifier] ?? 0), month);
    } else if (modifier) {
      // "last May" is the latest May before this month; "next May" the first one after it.
      const which = modifier.toLowerCase();
      const offset = { last: month < thisMonth ? 0 : -1, next: month > thisMonth ? 0 : 1 }[which];
      rule = `month-name-${which}`;
      resolution = inMonth(year + (offset ?? 0), month);
    }
    const end = match.index + match[0].length;
    found.push({ start: match.index, end, rule, relative: true, ...resolution });
  }
  return found;
}

/**
 * Day ranges chrono misses: "between 3 and 5 May" and "between May 3 and 5" (it reads one day),
 * "July 8 through 12" (it reads hours). "and" makes a range only after "between": "on May 3 and
 * 5" names two days, not three.
 */
const TO = String.raw`(?:and(?<=\b[Bb]etween\s[^.;]{1,20}and)|through|thru)`;
const DAY_RANGES: readonly { pattern: RegExp; order: readonly [number, number, number] }[] = [
  {
    pattern: new RegExp(String.raw`\b${DAY}\s+${TO}\s+${DAY}\s+(${MONTH})(?:,?\s+(\d{4}))?`, "g"),
    order: [1, 2, 3], // first day, last day, month
  },
  {
    pattern: new RegExp(
      String.raw`\b(${MONTH})\s+${DAY}\s+${TO}\s+${DAY}\b(?!\s*[A-Z]|[.,]?\d)(?:,?\s+(\d{4}))?`,
      "g",
    ),
    order: [2, 3, 1],
  },
];

function dayRanges(sentence: string, { today, future }: RuleContext): Found[] {
  const found: Found[] = [];
  for (const { pattern, order } of DAY_RANGES) {
    for (const match of sentence.matchAll(pattern)) {
      const [first, second, name] = order.map((group) => match[group]);
      const month = MONTH_NAMES.indexOf(name ?? "") + 1;
      const year = match[4] === undefined ? undefined : Number(match[4]);
      if (Number(first) >= Number(second)) continue;
      const { resolution, relative } = resolveCalendar(
        { year, month, day: Number(first) },
        { year, month, day: Number(second) },
        today,
        future,
      );
      const rule = relative ? "month-day-without-year" : "explicit-day";
      const end = match.index + match[0].length;
      found.push({ start: match.index, end, rule, relative, ...resolution });
    }
  }
  return found;
}

/** "recently", "in recent days": a mention with no date. The leading "in" is not part of it. */
function vaguePhrases(sentence: string): Found[] {
  return [...sentence.matchAll(loadVocabulary().vague)].map((m) => {
    const skip = /^in\s+/i.exec(m[0])?.[0].length ?? 0;
    const end = m.index + m[0].length;
    return { start: m.index + skip, end, rule: "vague", relative: true, ...UNRESOLVED };
  });
}
