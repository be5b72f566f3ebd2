/**
 * Finds the date expressions of a sentence and resolves each to the day, month or year it names,
 * relative to the article's publication date: "on Monday" in Tuesday's paper is yesterday.
 *
 * chrono-node (src/events/dates/chrono-rules.ts) finds most expressions; plain patterns
 * (src/events/dates/text-rules.ts) add years, decades, bare month names, "between" ranges and
 * vague phrases. Where two readings overlap the longer wins. Word lists: data/events/dates/.
 */

import { parseDay, UNRESOLVED } from "./dates/calendar.js";
import { chronoRules } from "./dates/chrono-rules.js";
import { notDateSpans, textRules } from "./dates/text-rules.js";
import type { DatePrecision, Found } from "./dates/types.js";

export type { DatePrecision } from "./dates/types.js";

export interface DateMention {
  /** UTF-16 offsets into the full article text. */
  readonly start: number;
  readonly end: number;
  /** `articleText.slice(start, end)`. */
  readonly text: string;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when the expression names no single date. */
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  /** The last day, month or year of a range ("from August 18 to 20"), else null. */
  readonly endDate: string | null;
  /** Resolving it needed the publication date; in undated articles such mentions have no date. */
  readonly relative: boolean;
  /** The rule that resolved it, e.g. "weekday-before-publication", "explicit-day", "year". */
  readonly rule: string;
}

export interface FindDatesOptions {
  /** The clause is about the future ("will visit on Friday"): weekdays and months look forward. */
  readonly future?: boolean;
}

/** Rules need a day to count from; undated articles get this one and lose the relative results. */
const PLACEHOLDER_DAY = 0;

/** Words right before a mention that belong to it: "earlier this month", "mid-March". */
const MODIFIER_BEFORE = /(?:\b(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+|\b[Mm]id-)$/;

/**
 * The date mentions inside `span` of `text`, in order, with offsets into `text`.
 * @param published the article's publication day, "YYYY-MM-DD", or null when unknown
 * @example findDates("Talks ended on Monday.", { start: 0, end: 22 }, "2024-04-09")[0]?.date
 * // "2024-04-08"
 */
export function findDates(
  text: string,
  span: { start: number; end: number },
  published: string | null,
  options: FindDatesOptions = {},
): DateMention[] {
  const sentence = text.slice(span.start, span.end);
  const today = published === null ? null : parseDay(published);
  const context = { today: today ?? PLACEHOLDER_DAY, future: options.future === true };
  let candidates = [...textRules(sentence, context), ...chronoRules(sentence, context)];
  if (candidates.length > 0) {
    const vetoed = notDateSpans(sentence);
    candidates = candidates.filter(
      (found) => !vetoed.some((name) => name.start < found.end && found.start < name.end),
    );
  }
  return longestFirst(candidates).map((found, index, all) => {
    const start = withModifier(sentence, found.start, all[index - 1]?.end ?? 0);
    const resolution = found.relative && today === null ? UNRESOLVED : found;
    return {
      start: span.start + start,
      end: span.start + found.end,
      text: sentence.slice(start, found.end),
      date: resolution.date,
      precision: resolution.precision,
      endDate: resolution.endDate,
      relative: found.relative,
      rule: found.rule,
    };
  });
}

/** Non-overlapping mentions in text order; of overlapping ones, the earliest and then longest. */
function longestFirst(candidates: Found[]): Found[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const found of sorted) {
    const previous = kept.at(-1);
    if (previous && found.start < previous.end) {
      if (found.end - found.start > previous.end - previous.start) kept[kept.length - 1] = found;
      continue;
    }
    kept.push(found);
  }
  return kept;
}

/** The start of a mention moved back over "early", "earlier", "late" or "mid-" before it. */
function withModifier(sentence: string, start: number, floor: number): number {
  const modifier = MODIFIER_BEFORE.exec(sentence.slice(floor, start));
  return modifier ? start - modifier[0].length : start;
}
