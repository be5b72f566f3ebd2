/** Reads the calendar date of an ISO 8601 date or datetime as written, without shifting time zones. */

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The "YYYY-MM-DD" of an ISO date or datetime, or null when the value is not one or names a day
 * that does not exist. The publication day is the one the outlet printed, so no zone conversion.
 * @example isoDay("2024-08-19T23:30:00-05:00") // "2024-08-19"
 */
export function isoDay(value: string): string | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return isCalendarDay(Number(y), Number(m), Number(d)) ? `${y}-${m}-${d}` : null;
}

/**
 * Whether the day exists in the proleptic Gregorian calendar (Feb 29 only in leap years).
 * @example isCalendarDay(2023, 2, 29) // false
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
