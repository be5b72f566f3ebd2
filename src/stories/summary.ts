/**
 * A story's members folded into one profile: the centroid of their words and actors, their most
 * reported events, their date span. What remains of members no longer kept one by one, so that
 * memory stays bounded however long a story runs; frozen into a smaller profile once the story
 * is no longer recent.
 */

import { dyadDay } from "./event-keys.js";
import { type Profile, type Vector, vectorOfHashed } from "./profile.js";
import { TERMS_PER_ARTICLE } from "./terms.js";

/** Kept while members are summed: a little more than one article holds, so the centroid can shift. */
const SUMMED = { terms: 2 * TERMS_PER_ARTICLE, named: 32, countries: 16, eventKeys: 64 } as const;
/** What a summary compares with. */
const SHOWN = { terms: TERMS_PER_ARTICLE, named: 16, eventKeys: 32 } as const;
/** What a frozen summary keeps: enough to recognise the story, in a few hundred bytes. */
const FROZEN = { terms: 16, named: 4, eventKeys: 8 } as const;

interface Sums {
  readonly terms: Map<number, number>;
  readonly named: Map<number, number>;
  readonly countries: Map<string, number>;
  readonly eventKeys: Map<string, number>;
}

export class StorySummary {
  /** Members folded in. */
  count = 0;
  firstDay: number | null = null;
  lastDay: number | null = null;
  /**
   * The summary's profile when it is not being summed: the one member folded in so far (most
   * stories are single articles, and summing one profile would only rebuild it), or the frozen
   * profile of a story that is no longer recent.
   */
  private whole: Profile | null = null;
  private sums: Sums | null = null;
  private cached: Profile | null = null;
  /** Members folded in since the cached profile was built. */
  private foldedSinceBuilt = 0;

  /** Adds one member (or another summary's profile, counted `weight` times). */
  fold(profile: Profile, weight = 1): void {
    if (this.count === 0) {
      this.count = weight;
      this.firstDay = profile.firstDay;
      this.lastDay = profile.lastDay;
      this.whole = profile;
      this.cached = profile;
      return;
    }
    if (this.sums === null) {
      this.sums = {
        terms: new Map(),
        named: new Map(),
        countries: new Map(),
        eventKeys: new Map(),
      };
      const whole = this.whole as Profile;
      this.whole = null;
      this.add(this.sums, whole, this.count);
    }
    this.count += weight;
    const [firstDay, lastDay] = [this.firstDay, this.lastDay];
    if (profile.firstDay !== null) {
      this.firstDay = Math.min(this.firstDay ?? profile.firstDay, profile.firstDay);
      this.lastDay = Math.max(
        this.lastDay ?? (profile.lastDay as number),
        profile.lastDay as number,
      );
    }
    this.add(this.sums, profile, weight);
    // A long story folds a member for each one it gains; rebuilding the centroid each time
    // would cost more than the rest of placing the article, and a few members more or less
    // hardly move it. Its dates must be right, though: they decide the window.
    this.foldedSinceBuilt += weight;
    const datesMoved = firstDay !== this.firstDay || lastDay !== this.lastDay;
    if (datesMoved || this.foldedSinceBuilt > Math.max(3, this.count / 4)) this.cached = null;
  }

  /** The summary as a profile to compare articles with. */
  profile(): Profile {
    if (this.cached === null) {
      this.cached = this.whole ?? this.build(this.sums as Sums, SHOWN);
      this.foldedSinceBuilt = 0;
    }
    return this.cached;
  }

  /**
   * Keeps only a small profile (the heaviest words, actors and events) instead of the sums: for
   * a story that is no longer recent. Folding into it again starts from that profile. A summary
   * of one article is that article's profile, already small: it stays as it is.
   */
  freeze(): void {
    if (this.sums === null) return;
    const frozen = this.build(this.sums, FROZEN);
    this.sums = null;
    this.whole = frozen;
    this.cached = frozen;
    this.foldedSinceBuilt = 0;
  }

  private add(sums: Sums, profile: Profile, weight: number): void {
    addVector(sums.terms, profile.terms, weight, SUMMED.terms);
    addVector(sums.named, profile.named, weight, SUMMED.named);
    for (const country of profile.countries) add(sums.countries, country, weight, SUMMED.countries);
    for (const key of profile.eventKeys) add(sums.eventKeys, key, weight, SUMMED.eventKeys);
  }

  private build(
    sums: Sums,
    limits: { readonly terms: number; readonly named: number; readonly eventKeys: number },
  ): Profile {
    const terms = heaviest(sums.terms, limits.terms);
    const named = heaviest(sums.named, limits.named);
    // A country most members name is the story's; one named in passing is not.
    const countries = [...sums.countries]
      .filter(([, count]) => 2 * count >= this.count)
      .map(([country]) => country)
      .sort();
    const eventKeys = heaviest(sums.eventKeys, limits.eventKeys)
      .map(([key]) => key)
      .sort();
    return {
      article: null,
      firstDay: this.firstDay,
      lastDay: this.lastDay,
      terms: vectorOfHashed(
        terms.map(([hash]) => hash),
        terms.map(([, weight]) => weight),
      ),
      named: vectorOfHashed(
        named.map(([hash]) => hash),
        named.map(([, weight]) => weight),
      ),
      countries,
      eventKeys,
      eventDays: [...new Set(eventKeys.map(dyadDay))].sort(),
    };
  }
}

function addVector(into: Map<number, number>, vector: Vector, times: number, limit: number): void {
  for (let i = 0; i < vector.hashes.length; i++) {
    add(into, vector.hashes[i] as number, (vector.weights[i] as number) * times, limit);
  }
}

/** Adds to a running total; past twice `limit` entries only the heaviest `limit` are kept. */
function add<K>(into: Map<K, number>, key: K, amount: number, limit: number): void {
  into.set(key, (into.get(key) ?? 0) + amount);
  if (into.size > 2 * limit) {
    // Pruned in batches, not one at a time, so folding stays cheap.
    const kept = heaviest(into, limit);
    into.clear();
    for (const [k, v] of kept) into.set(k, v);
  }
}

function heaviest<K>(weights: ReadonlyMap<K, number>, limit: number): [K, number][] {
  const entries: [K, number][] = [];
  weights.forEach((weight, key) => entries.push([key, weight]));
  entries.sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length > limit) entries.length = limit;
  return entries;
}
