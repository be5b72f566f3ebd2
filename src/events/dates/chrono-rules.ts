/**
 * Dates chrono finds, kept only when they fit one of the rules below: chrono decides what is a
 * date expression, these rules decide which day it names, at what precision, relative to the
 * publication day. Anything that fits no rule (a time alone, "now", "in 20 years") is dropped.
 */

import * as chrono from "chrono-node";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import {
  dayNumber,
  inMonth,
  inYear,
  noonOf,
  onDay,
  partsOf,
  RELATIVE_OFFSET,
  resolveCalendar,
  UNRESOLVED,
  weekdayOf,
  withinPeriod,
  type CalendarParts,
  type Resolution,
} from "./calendar.js";
import { MONTH_NAMES } from "./text-rules.js";
import type { Found, RuleContext } from "./types.js";

const WEEKDAY = String.raw`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b`;
const MONTH_WORD = String.raw`\b(?:${MONTH_NAMES.join("|")}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)`;
const UNIT = String.raw`(?:hours?|days?|weeks?|fortnight|months?|years?)`;
const HAS_MONTH = new RegExp(MONTH_WORD);
/** A date all in digits: "2024-08-19", "2024/8/19", "13/04/2023", "12.06.24". Years alone are text-rules'. */
const NUMERIC_DATE = /\d{4}[-/]\d\d?[-/]\d\d?|\d\d?[/.]\d\d?[/.]\d\d/;
const HAS_WEEKDAY = new RegExp(WEEKDAY);

/**
 * A cheap test run before chrono: every expression the rules below keep contains one of these,
 * so a sentence without any cannot yield a date from chrono and is not given to it.
 */
const CHRONO_TRIGGERS = [
  new RegExp(`${NUMERIC_DATE.source}|${MONTH_WORD}|${WEEKDAY}`),
  new RegExp(
    String.raw`\b(?:today|tonight|yesterday|tomorrow|weekend|this\s+(?:morning|afternoon|evening))\b` +
      String.raw`|\b(?:last|this|next|past|previous|coming)\s+(?:\S+\s+)?(?:night|${UNIT})\b` +
      String.raw`|\b${UNIT}\s+(?:ago|before|after|earlier|later|from\s+now|hence)\b`,
    "i",
  ),
];

/** Month and weekday words, any case, to refuse chrono's lower-case readings ("a march", "may"). */
const NAME_TOKEN =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** Relative to another event in the story, not to publication: "two days later". */
const NARRATIVE = new RegExp(String.raw`\b${UNIT}\s+(?:later|earlier|before|after)$`, "i");
const AGO = /\b(hour|day|week|fortnight|month|year)s?\s+(ago|from\s+now|hence)$/i;
const CALENDAR_UNIT = /^(last|this|next)\s+(week|month|year)$/i;
/** "past week", "last 24 hours", "past few days"; a plural needs a count ("the last years" is not one). */
const PERIOD =
  /^(?:last|past|previous|coming|next)\s+(?:\S+\s+(?:hours|days|weeks|months|years)|hour|day|week|fortnight|month|year)$/i;
const WEEKEND = /^(?:(last|this|next)\s+)?weekend$/i;
const MODIFIED_WEEKDAY = /\b(?:last|next|this|past|coming|previous|week)\b/i;
/** "yesterday", "last night", "this morning"…; the first word sets the day. */
const CASUAL_DAY =
  /^(today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/i;
const CASUAL_OFFSET: Readonly<Record<string, number>> = { yesterday: -1, last: -1, tomorrow: 1 };

type Kept = Omit<Found, "start" | "end"> & { readonly extraEnd?: number };

/**
 * chrono's casual English without its "in/within N units" parser, whose readings are durations
 * no rule keeps ("the first time in 20 years") and which takes a third of chrono's time. It is
 * picked out by class name: should a release rename it, it stays in and only costs time.
 */
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter(
  (each) => each.constructor.name !== "ENTimeUnitWithinFormatParser",
);

export function chronoRules(sentence: string, context: RuleContext): Found[] {
  if (!CHRONO_TRIGGERS.some((trigger) => trigger.test(sentence))) return [];
  const reference = { instant: noonOf(context.today), timezone: 0 };
  const found: Found[] = [];
  for (const result of parser.parse(sentence, reference)) {
    // "in 20 years", "within two weeks": durations ("the first time in 20 years"), not dates.
    if (/^(?:in|within)\s/i.test(result.text) && result.tags().has("result/relativeDate")) continue;
    const span = trimmed(result);
    if (hasLowerCaseName(span.text)) continue;
    const kept = classify(result, span.text, sentence.slice(span.end), context);
    if (!kept) continue;
    const { extraEnd = 0, ...rest } = kept;
    found.push({ start: span.start, end: span.end + extraEnd, ...rest });
  }
  return found;
}

/**
 * The span of a chrono result without a leading preposition ("on Monday" → "Monday"), trailing
 * commas, or an hour chrono glued on from the next number ("On Monday 20 people died"; with a
 * day of the month certain, "August 19", the number is the day).
 */
function trimmed(result: ParsedResult): { start: number; end: number; text: string } {
  let text = result.text;
  const lead = /^(?:on|in|at|from|since|by|during)\s+/i.exec(text)?.[0].length ?? 0;
  text = text.slice(lead).replace(/[\s,]+$/, "");
  const gluedHour = /(?<=[\p{L}.])[\s,]+\d\d?$/u.exec(text);
  if (
    gluedHour &&
    result.start.isCertain("hour") &&
    !result.start.isCertain("day") &&
    !/\bat$/i.test(text.slice(0, gluedHour.index))
  ) {
    text = text.slice(0, gluedHour.index);
  }
  const start = result.index + lead;
  return { start, end: start + text.length, text };
}

function hasLowerCaseName(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some(
    (word) => NAME_TOKEN.test(word) && word[0] === word[0]?.toLowerCase(),
  );
}

/** Chrono's computed day: it resolved the expression against the publication day. */
function dayOf(components: ParsedComponents): number {
  const get = (name: "year" | "month" | "day"): number => components.get(name) ?? 1;
  return dayNumber(get("year"), get("month"), get("day"));
}

/** The rules, first match wins; the order puts specific wordings before general ones. */
function classify(
  result: ParsedResult,
  text: string,
  after: string,
  { today, future }: RuleContext,
): Kept | null {
  const tags = result.tags();
  const relative = (rule: string, resolution: Resolution): Kept => ({
    rule,
    relative: true,
    ...resolution,
  });
  if (tags.has("casualReference/now")) return null; // "now" is an adverb in news, not a date
  if (NARRATIVE.test(text)) return relative("relative-to-narrative", UNRESOLVED);

  const ago = AGO.exec(text);
  if (ago) {
    const rule = ago[2]?.toLowerCase() === "ago" ? "ago" : "from-now";
    const { year, month } = partsOf(dayOf(result.start));
    const unit = ago[1]?.toLowerCase();
    if (unit === "year") return relative(rule, inYear(year));
    if (unit === "month") return relative(rule, inMonth(year, month));
    return relative(rule, onDay(dayOf(result.start)));
  }

  const unit = CALENDAR_UNIT.exec(text);
  if (unit) {
    const offset = RELATIVE_OFFSET[unit[1]?.toLowerCase() ?? ""] ?? 0;
    const { year, month } = partsOf(today);
    switch (unit[2]?.toLowerCase()) {
      case "week": {
        // Weeks run Monday to Sunday; a week has no single date, but may lie in one month.
        const monday = today - ((weekdayOf(today) + 6) % 7) + 7 * offset;
        return relative("week", withinPeriod(monday, monday + 6));
      }
      case "month": {
        const index = year * 12 + month - 1 + offset;
        return relative("relative-month", inMonth(Math.floor(index / 12), (index % 12) + 1));
      }
      default:
        return relative("relative-year", inYear(year + offset));
    }
  }

  const weekend = WEEKEND.exec(text);
  if (weekend) {
    // The weekend begun on or before publication; the coming one in future clauses or "next weekend".
    const modifier = weekend[1]?.toLowerCase();
    const saturday =
      future || modifier === "next"
        ? today + ((6 - weekdayOf(today) + 7) % 7)
        : today - ((weekdayOf(today) + 1) % 7);
    return relative("weekend", withinPeriod(saturday, saturday + 1));
  }

  // "the past three days", "the last 24 hours": from chrono's start day to publication.
  if (PERIOD.test(text)) return relative("period", withinPeriod(dayOf(result.start), today));

  // Counted here, not read from chrono, whose "last night" depends on the machine's time zone.
  const casual = CASUAL_DAY.exec(text)?.[1]?.toLowerCase().replace(/\s.*/, "");
  if (casual) return relative("casual-day", onDay(today + (CASUAL_OFFSET[casual] ?? 0)));

  if (HAS_MONTH.test(text) || NUMERIC_DATE.test(text)) {
    return calendar(result, after, today, future);
  }
  if (HAS_WEEKDAY.test(text)) return weekday(result, text, today, future);
  return null; // a time alone ("at 3 p.m."), or another reading no rule vouches for
}

/** Dates written with a month or in digits: "August 19", "19 Aug 2024", "2024-08-19", ranges. */
function calendar(
  result: ParsedResult,
  after: string,
  today: number,
  future: boolean,
): Kept | null {
  const { start } = result;
  const end = result.end ?? undefined; // chrono leaves it null, not undefined, without a range
  if (result.tags().has("parser/SlashDateFormatParser")) {
    // "9/11" and "24/7" are not dates of the story; "03/04/2024" is March or April by country.
    if (!start.isCertain("year")) return null;
    const [month, day] = [start.get("month") ?? 0, start.get("day") ?? 0];
    if (month !== day && month <= 12 && day <= 12) {
      return { rule: "ambiguous-numeric-date", relative: false, ...UNRESOLVED };
    }
  }
  // "the end of March" is a month, not its last day.
  const endOfPeriod = result.tags().has("refiner/ENEndOfPeriodRefiner");
  const first = partsOfComponents(start, endOfPeriod);
  const last = end && partsOfComponents(end, endOfPeriod);
  if (!first) return null;
  // A month alone belongs to the bare-month rule in text-rules.ts, which asks for a cue word.
  if (first.day === undefined && first.year === undefined && !last) return null;

  // "August 19 last year": chrono reads "last year" as a separate date.
  const yearWord = first.year === undefined && /^,?\s+(last|this|next)\s+year\b/i.exec(after);
  const yearOffset = yearWord ? (RELATIVE_OFFSET[yearWord[1]?.toLowerCase() ?? ""] ?? 0) : 0;
  const withYear = yearWord ? { ...first, year: partsOf(today).year + yearOffset } : first;
  const { resolution, relative } = resolveCalendar(withYear, last, today, future);
  const precision = first.day === undefined ? "month" : "day";
  const rule = yearWord
    ? `${precision}-of-relative-year`
    : relative
      ? (precision === "day" ? "month-day" : "month") + "-without-year"
      : `explicit-${precision}`;
  return {
    rule,
    relative: relative || Boolean(yearWord),
    ...resolution,
    extraEnd: yearWord ? yearWord[0].length : 0,
  };
}

function partsOfComponents(
  components: ParsedComponents,
  endOfPeriod: boolean,
): CalendarParts | undefined {
  const month = components.get("month");
  if (!components.isCertain("month") || month === null) return undefined;
  const known = (name: "year" | "day"): number | undefined =>
    components.isCertain(name) ? (components.get(name) ?? undefined) : undefined;
  return { year: known("year"), month, day: endOfPeriod ? undefined : known("day") };
}

/**
 * A weekday alone is the latest such day on or before publication ("on Monday" in Tuesday's
 * paper is yesterday), or the next one on or after it in a future clause. With "last", "next"
 * or "week" ("last Friday", "Tuesday last week") chrono's reading against publication stands.
 */
function weekday(result: ParsedResult, text: string, today: number, future: boolean): Kept | null {
  const { start } = result;
  const end = result.end ?? undefined;
  const day = start.get("weekday");
  if (day === null) return null;
  if (MODIFIED_WEEKDAY.test(text)) {
    return {
      rule: "weekday-relative",
      relative: true,
      ...onDay(dayOf(start), end ? dayOf(end) : undefined),
    };
  }
  const first = future
    ? today + ((day - weekdayOf(today) + 7) % 7)
    : today - ((weekdayOf(today) - day + 7) % 7);
  // "from Monday to Wednesday": the end is the first such weekday after the start.
  const endDay = end?.get("weekday") ?? null;
  const last = endDay === null ? undefined : first + ((endDay - day + 7) % 7);
  const rule = future ? "weekday-after-publication" : "weekday-before-publication";
  return { rule, relative: true, ...onDay(first, last) };
}
