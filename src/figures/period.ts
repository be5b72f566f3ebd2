/**
 * The period a figure refers to: dyad's date finder (src/events/dates.ts) over the figure's
 * part of the sentence, plus the period phrases it does not read ("the first seven months of
 * 2024", "fiscal 2023"). Reporting dates ("officials said on Tuesday") and comparison bases
 * ("from a year earlier", "than in 2022") are not the figure's period.
 */

import type { DateMention } from "../events/dates.js";
import { sentenceDates } from "../events/sentence-dates.js";
import type { Document, Evidence, Sentence, Span } from "../model/index.js";

export interface Period {
  readonly date: string | null;
  readonly evidence: Evidence;
}

const MONTHS = [
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
const MONTH = MONTHS.join("|");
/**
 * Where findDates may find a date it resolves: years, month and weekday names, numeric dates,
 * "today", "last year", "this week", "two days ago". A figure's part of a sentence without
 * one is not given to it: each call costs tens of microseconds whatever it finds.
 */
const PERIOD_CUE = new RegExp(
  String.raw`\b(?:1[89]\d\d|20\d\d)(?:s\b|\b)` +
    String.raw`|\b(?:${MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\p{L}])` +
    String.raw`|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:today|tonight|yesterday|tomorrow|weekend)\b` +
    String.raw`|\bof\s+the\s+year\b` +
    String.raw`|\b(?:last|this|next|past|previous|coming)\s+(?:\S+\s+)?(?:night|weekend|hours?|days?|weeks?|fortnight|months?|years?|decades?)\b` +
    String.raw`|\b(?:hours?|days?|weeks?|fortnight|months?|years?)\s+(?:ago|before|after|earlier|later)\b` +
    String.raw`|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b`,
  "iu",
);
/** "the first seven months of 2024", "the first half of last year", "the first 20 days of October". */
const PERIOD_OF = new RegExp(
  String.raw`\b(?:the\s+)?(?:first|last|past|final|opening|second|third|fourth|latter)\s+(?:(?:\d+|[a-z]+)\s+)?` +
    String.raw`(?:half|quarter|months?|weeks?|days?)\s+of\s+(?:(\d{4})\b|((?:this|last|next)\s+year)\b|(the\s+year)\b|(${MONTH})\b)`,
  "gi",
);
/** "fiscal 2023", "financial year 2022", "FY2024", "Q3 2024", "H1 2023". */
const NAMED_YEAR_PERIOD = /\b(?:fiscal(?:\s+year)?|financial\s+year|FY|Q[1-4]|H[12])\s*(\d{4})\b/g;
/** A date right after these is what the figure is compared with, not its period. */
const COMPARISON_BEFORE =
  /(?:\bfrom|\bthan(?:\s+in)?|\bcompared\s+(?:with|to)|\bagainst)\s+(?:the\s+)?(?:same\s+period\s+)?$|\bsame\s+period\s+$/i;
/** A reporting clause after the figures: ", the ministry said on Monday", ", according to ...". */
const REPORTING_TAIL =
  /,\s*(?:according\s+to\b|(?:[^,]{0,60}?\s)?(?:said|says|told|announced|reported|showed|show)\b)/g;
/** A reporting clause before the figures: "The ministry said on Monday that ...". */
const REPORTING_HEAD =
  /\b(?:said|says|told\s+[^,]{0,30}?|announced|reported)(?:\s+on\s+\p{Lu}\p{L}+)?(?:\s+that)?\s/gu;
/** Where one clause ends and the next begins: a date past these is a weaker claim. */
const CLAUSE_BREAK = /;|\bwhile\b|\bwhereas\b|,\s+but\b/;
const COMPARED_FIGURE = /\b(?:from|than)\s+$/i;
const CROSSING_PENALTY = 1000;

/**
 * The period of each figure (by its span, `leftEdge` including approximation words) in
 * `sentence`, or null. findDates is called once per sentence, only when the figures' part of
 * the sentence names a date.
 * @example findPeriods(document, sentence, [figure])[0]?.date // "2023"
 */
export function findPeriods(
  document: Document,
  sentence: Sentence,
  figures: ReadonlyArray<Span & { readonly leftEdge: number }>,
): Array<Period | null> {
  const { text } = document;
  const published = document.meta.published;
  const first = figures[0];
  const last = figures.at(-1);
  if (!first || !last) return [];
  const span = figurePart(text, sentence, first.leftEdge, last.end);
  if (!PERIOD_CUE.test(text.slice(span.start, span.end))) return figures.map(() => null);
  // The sentence's dates (found once for every stage) that lie in the figures' part of it.
  const found = sentenceDates(document, sentence).filter(
    (mention) =>
      mention.start >= span.start &&
      mention.end <= span.end &&
      (mention.endDate !== null || !COMPARISON_BEFORE.test(text.slice(span.start, mention.start))),
  );
  const periods = withPeriodPhrases(text, span, found, published);
  // A figure the sentence compares with ("down from 41 percent in January") has its own period,
  // after it, and keeps it from the figures around it.
  const compared = figures.map((figure) =>
    COMPARED_FIGURE.test(
      text.slice(Math.max(sentence.start, figure.leftEdge - 12), figure.leftEdge),
    ),
  );
  return figures.map((figure, index) => {
    const previous = figures[index - 1];
    const next = figures[index + 1];
    const from = compared[index]
      ? figure.end
      : previous && compared[index - 1]
        ? previous.end
        : span.start;
    const to = next && compared[index + 1] ? next.leftEdge : span.end;
    return nearest(
      text,
      figure,
      periods.filter((p) => p.start >= from && p.end <= to),
    );
  });
}

/** The sentence without the reporting clauses around its figures. */
function figurePart(text: string, sentence: Span, firstStart: number, lastEnd: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  const head = text.slice(sentence.start, firstStart);
  for (const match of head.matchAll(REPORTING_HEAD))
    start = sentence.start + match.index + match[0].length;
  const tail = text.slice(lastEnd, sentence.end);
  const reporting = REPORTING_TAIL.exec(tail);
  if (reporting) end = lastEnd + reporting.index;
  return { start, end };
}

interface PeriodMention extends Span {
  readonly date: string | null;
  readonly rule: string;
}

/** findDates' mentions with the period phrases it does not read laid over them. */
function withPeriodPhrases(
  text: string,
  span: Span,
  found: readonly DateMention[],
  published: string | null,
): PeriodMention[] {
  const part = text.slice(span.start, span.end);
  const phrases: PeriodMention[] = [];
  for (const match of part.matchAll(PERIOD_OF)) {
    const [whole, year, relativeYear, theYear, month] = match;
    const start = span.start + match.index;
    const end = start + whole.length;
    let date: string | null = null;
    let rule = "figure-period:of-year";
    if (year) date = year;
    else if (relativeYear) {
      rule = "figure-period:of-relative-year";
      date = found.find((m) => m.start < end && m.end > start)?.date ?? null;
    } else if (theYear) {
      rule = "figure-period:of-the-year";
      date = published?.slice(0, 4) ?? null;
    } else if (month) {
      rule = "figure-period:of-month";
      date = monthOfPublication(month, published);
    }
    phrases.push({ start, end, date, rule });
  }
  for (const match of part.matchAll(NAMED_YEAR_PERIOD)) {
    const start = span.start + match.index;
    phrases.push({
      start,
      end: start + match[0].length,
      date: match[1] ?? null,
      rule: "figure-period:named-year",
    });
  }
  const kept = found
    .filter((m) => !phrases.some((p) => p.start < m.end && m.start < p.end))
    .map((m) => ({ start: m.start, end: m.end, date: rangeDate(m), rule: m.rule }));
  return [...kept, ...phrases].sort((a, b) => a.start - b.start);
}

/** "January to August" (2024-01 … 2024-08) refers to 2024: what the two ends share. */
function rangeDate(mention: DateMention): string | null {
  if (mention.date === null || mention.endDate === null) return mention.date;
  const from = mention.date.split("-");
  const to = mention.endDate.split("-");
  const shared: string[] = [];
  for (let k = 0; k < from.length && from[k] === to[k]; k++) shared.push(from[k] as string);
  return shared.length > 0 ? shared.join("-") : mention.date;
}

/** The latest such month up to the publication month: "of October" in a November paper. */
function monthOfPublication(name: string, published: string | null): string | null {
  if (published === null) return null;
  const month = MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
  const year = Number(published.slice(0, 4));
  const yearOfMonth = month <= Number(published.slice(5, 7)) ? year : year - 1;
  return `${yearOfMonth}-${String(month).padStart(2, "0")}`;
}

/** The period closest to the figure, one across a clause break only when nothing is nearer. */
function nearest(
  text: string,
  figure: Span & { readonly leftEdge: number },
  periods: readonly PeriodMention[],
): Period | null {
  let best: PeriodMention | null = null;
  let bestDistance = Infinity;
  for (const period of periods) {
    const after = period.start >= figure.end;
    const gap = after
      ? text.slice(figure.end, period.start)
      : text.slice(period.end, figure.leftEdge);
    if (!after && period.end > figure.leftEdge) continue;
    const distance = gap.length + (CLAUSE_BREAK.test(gap) ? CROSSING_PENALTY : 0);
    if (distance < bestDistance) {
      best = period;
      bestDistance = distance;
    }
  }
  return best
    ? { date: best.date, evidence: { start: best.start, end: best.end, rule: best.rule } }
    : null;
}
