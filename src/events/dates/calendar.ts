/**
 * Calendar arithmetic for date resolution. Days are counted as whole days since 1970-01-01 in
 * UTC, so adding, comparing and naming days never meets a time zone or a daylight-saving jump.
 */

import { isCalendarDay, isoDay } from "../../ingest/iso-date.js";
import type { DatePrecision } from "./types.js";

const DAY_MS = 86_400_000;

/**
 * A month or day written after the publication date is still taken as this year's when it is at
 * most this many days ahead: reporters announce events ahead of time and callers may not have
 * flagged the clause as future. Further ahead, a past event must be last year's.
 */
const FUTURE_TOLERANCE_DAYS = 61;

/** The date a rule settled on; `date` null when the expression names no single day, month or year. */
export interface Resolution {
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  readonly endDate: string | null;
}

/** A date as written, before the year is known: "August 19" has no year, "March 2023" no day. */
export interface CalendarParts {
  readonly year?: number;
  readonly month: number;
  readonly day?: number;
}

export const UNRESOLVED: Resolution = { date: null, precision: null, endDate: null };

/** How many weeks, months or years "last", "this" and "next" move from publication. */
export const RELATIVE_OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** @example dayNumber(1970, 1, 2) // 1 */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The year, month (1–12) and day of a day number. */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 for Sunday … 6 for Saturday, as chrono and `Date#getUTCDay` count. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** Noon UTC of the day, the instant chrono is given as "now" (noon keeps every zone on that day). */
export function noonOf(day: number): Date {
  return new Date(day * DAY_MS + DAY_MS / 2);
}

/** The day number of "YYYY-MM-DD" (or of an ISO datetime's day), or null when it is not one. */
export function parseDay(value: string): number | null {
  const day = isoDay(value);
  return day === null ? null : Date.parse(day) / DAY_MS;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** One day, optionally the first of a range of days. */
export function onDay(day: number, endDay?: number): Resolution {
  const text = (d: number): string => {
    const p = partsOf(d);
    return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  };
  return { date: text(day), precision: "day", endDate: endDay === undefined ? null : text(endDay) };
}

/** One month, optionally the first of a range of months. */
export function inMonth(year: number, month: number, end?: CalendarParts): Resolution {
  const endDate = end?.year === undefined ? null : `${end.year}-${pad(end.month)}`;
  return { date: `${year}-${pad(month)}`, precision: "month", endDate };
}

/** One year, optionally the first of a range of years. */
export function inYear(year: number, endYear?: number): Resolution {
  const endDate = endYear === undefined ? null : String(endYear);
  return { date: String(year), precision: "year", endDate };
}

/**
 * A stretch of days ("last week", "the past three days") has no single date; it still names a
 * month when it lies inside one. Year precision is not offered: a week straddling two months is
 * better left open than blurred to a whole year.
 */
export function withinPeriod(first: number, last: number): Resolution {
  const a = partsOf(Math.min(first, last));
  const b = partsOf(Math.max(first, last));
  return a.year === b.year && a.month === b.month ? inMonth(a.year, a.month) : UNRESOLVED;
}

/**
 * The year of a month or day written without one. Future clauses take the next occurrence (today
 * and this month included); past ones the publication year unless that lands more than
 * FUTURE_TOLERANCE_DAYS after publication, then the year before.
 */
export function inferYear(
  month: number,
  day: number | undefined,
  today: number,
  future: boolean,
): number {
  const { year } = partsOf(today);
  if (future) {
    const last = day === undefined ? dayNumber(year, month + 1, 0) : dayNumber(year, month, day);
    return last < today ? year + 1 : year;
  }
  return dayNumber(year, month, day ?? 1) > today + FUTURE_TOLERANCE_DAYS ? year - 1 : year;
}

/**
 * A written date or range of dates. Whichever end lacks a year borrows it from the other end
 * (rolling over New Year when the months go backwards), and only when neither has one is it
 * inferred from publication. `relative` tells whether the publication date was needed.
 */
export function resolveCalendar(
  start: CalendarParts,
  end: CalendarParts | undefined,
  today: number,
  future: boolean,
): { resolution: Resolution; relative: boolean } {
  const relative = start.year === undefined && end?.year === undefined;
  const before = (a: CalendarParts, b: CalendarParts): boolean =>
    a.month < b.month || (a.month === b.month && (a.day ?? 1) <= (b.day ?? 1));
  let startYear = start.year;
  if (startYear === undefined && end?.year !== undefined) {
    startYear = before(start, end) ? end.year : end.year - 1;
  }
  startYear ??= inferYear(start.month, start.day, today, future);
  const endYear = end && (end.year ?? (before(start, end) ? startYear : startYear + 1));
  const endParts = end && { ...end, year: endYear };
  if (start.day === undefined) {
    return { resolution: inMonth(startYear, start.month, endParts), relative };
  }
  const valid = (year: number, parts: CalendarParts): parts is Required<CalendarParts> =>
    parts.day !== undefined && isCalendarDay(year, parts.month, parts.day);
  if (!valid(startYear, start)) return { resolution: UNRESOLVED, relative };
  const first = dayNumber(startYear, start.month, start.day);
  if (!endParts || endYear === undefined || !valid(endYear, endParts)) {
    return { resolution: onDay(first), relative };
  }
  return { resolution: onDay(first, dayNumber(endYear, endParts.month, endParts.day)), relative };
}
