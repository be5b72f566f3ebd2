/** Calendar days as numbers, so that date windows are subtraction. */

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a "YYYY-MM-DD" date; null for null.
 * @example dayNumber("1970-01-02") // 1
 */
export function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The "YYYY-MM-DD" date of a day number.
 * @example dayDate(19954) // "2024-08-19"
 */
export function dayDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
