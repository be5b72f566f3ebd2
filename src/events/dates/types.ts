/** Types shared by the date rules; the public ones are re-exported from ../dates.ts. */

import type { Resolution } from "./calendar.js";

export type DatePrecision = "day" | "month" | "year";

/**
 * A date expression a rule recognised in a sentence, with offsets into the sentence. Rules
 * resolve against the publication day (or a placeholder in undated articles); findDates then
 * blanks the relative ones of undated articles rather than invent a date.
 */
export interface Found extends Resolution {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly relative: boolean;
}

/** What every rule is given besides the sentence. */
export interface RuleContext {
  /** Day number of the publication date, or of a placeholder when the article is undated. */
  readonly today: number;
  /** The clause is about the future: bare weekdays and months look forward. */
  readonly future: boolean;
}
