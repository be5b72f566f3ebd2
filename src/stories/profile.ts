/**
 * An article's story features (or a story's summary) in the form that is quick to compare:
 * weighted vectors of hashed terms and sorted key lists; and the keys it is found under.
 */

import { dayNumber } from "./days.js";
import { dyadDay } from "./event-keys.js";
import type { StoryFeatures } from "./features.js";
import { sortStrings } from "./small-sort.js";
import { termHash, termHashes } from "./terms.js";

/**
 * A weighted vector as compared: hashes ascending, weights scaled to unit length. Plain arrays:
 * V8 allocates them several times faster than typed arrays of this size.
 */
export interface Vector {
  readonly hashes: readonly number[];
  readonly weights: readonly number[];
}

export interface Profile {
  /** The article's id; null for a story summary. */
  readonly article: string | null;
  /** Its publication day (a summary: the first and last of its dated members); null: undated. */
  readonly firstDay: number | null;
  readonly lastDay: number | null;
  readonly terms: Vector;
  readonly named: Vector;
  /** Sorted. */
  readonly countries: readonly string[];
  /** Sorted; and the same without the root ("JPN-KOR|2024-06-06"), sorted and distinct. */
  readonly eventKeys: readonly string[];
  readonly eventDays: readonly string[];
}

/**
 * A profile is listed in the clusterer's index under its few heaviest terms and actors, and looks
 * itself up under more of them: a follow-up that shares a good part of a story's words then
 * meets at least one of the words the story is listed under, while the index stays small.
 */
export const LISTED = { terms: 8, named: 3 } as const;
export const LOOKED_UP = { terms: 16, named: 4 } as const;

/** What a profile is listed under, and what it looks itself up under (a superset). */
export interface IndexKeys {
  readonly listed: number[];
  readonly lookedUp: number[];
}

/**
 * The keys of a profile in the clusterer's index: its heaviest terms and named actors (as many
 * as `LISTED` and `LOOKED_UP` say), and its event days, hashed.
 * @example indexKeys(profile).listed.length // 8 + 3 + event days
 */
export function indexKeys(profile: Profile): IndexKeys {
  const keys: IndexKeys = { listed: [], lookedUp: [] };
  addHeaviest(profile.terms, LISTED.terms, LOOKED_UP.terms, keys);
  addHeaviest(profile.named, LISTED.named, LOOKED_UP.named, keys);
  for (const eventDay of profile.eventDays) {
    const key = termHash(eventDay);
    if (keys.lookedUp.includes(key)) continue;
    keys.listed.push(key);
    keys.lookedUp.push(key);
  }
  return keys;
}

/**
 * Adds the hashes of a vector's `listed` heaviest entries to both lists and of its `lookedUp`
 * heaviest to the second (ties: the smaller hash); one sort finds both cuts.
 */
function addHeaviest(vector: Vector, listed: number, lookedUp: number, keys: IndexKeys): void {
  const length = vector.hashes.length;
  let listedCut = Number.NEGATIVE_INFINITY;
  let lookedUpCut = Number.NEGATIVE_INFINITY;
  if (length > listed) {
    for (let i = 0; i < length; i++) packBuffer[i] = vector.weights[i] as number;
    sortScratch(length);
    listedCut = packBuffer[length - listed] as number;
    if (length > lookedUp) lookedUpCut = packBuffer[length - lookedUp] as number;
  }
  let listedAdded = 0;
  let lookedUpAdded = 0;
  for (let i = 0; i < length && lookedUpAdded < lookedUp; i++) {
    const weight = vector.weights[i] as number;
    if (weight < lookedUpCut) continue;
    const hash = vector.hashes[i] as number;
    if (keys.lookedUp.includes(hash)) continue;
    keys.lookedUp.push(hash);
    lookedUpAdded++;
    if (weight >= listedCut && listedAdded < listed) {
      keys.listed.push(hash);
      listedAdded++;
    }
  }
}

/**
 * @example profileOf(storyFeatures(document)).terms.hashes.length // 40
 */
export function profileOf(
  features: StoryFeatures,
  reweightTerms: (terms: Vector) => Vector = (terms) => terms,
): Profile {
  const day = dayNumber(features.published);
  const eventKeys = sorted(features.eventKeys);
  const eventDays: string[] = [];
  for (const key of eventKeys) {
    const eventDay = dyadDay(key);
    if (!eventDays.includes(eventDay)) eventDays.push(eventDay);
  }
  return {
    article: features.article,
    firstDay: day,
    lastDay: day,
    terms: reweightTerms(vectorOfHashed(termHashes(features.terms), features.termWeights)),
    named: vectorOfHashed(termHashes(features.named), features.namedWeights),
    countries: sorted(features.countries),
    eventKeys,
    eventDays: sortStrings(eventDays),
  };
}

/** The list itself when it is already sorted, as features are; else a sorted copy. */
function sorted(list: readonly string[]): readonly string[] {
  for (let i = 1; i < list.length; i++) {
    if ((list[i] as string) < (list[i - 1] as string)) return sortStrings([...list]);
  }
  return list;
}

/**
 * The vector of hashed terms and their weights, in any order. Each hash and its position are
 * packed into one number (hash × 1024 + position), so a plain numeric sort orders them; the
 * sort runs in one reused buffer.
 */
export function vectorOfHashed(hashes: readonly number[], weights: readonly number[]): Vector {
  const length = Math.min(hashes.length, POSITIONS);
  const packed = packBuffer;
  for (let i = 0; i < length; i++) packed[i] = (hashes[i] as number) * POSITIONS + i;
  sortScratch(length);
  let norm = 0;
  for (let i = 0; i < length; i++) norm += (weights[i] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  // Filled by push, so V8 keeps them packed (no holes to check when they are compared).
  const sortedHashes: number[] = [];
  const sortedWeights: number[] = [];
  for (let k = 0; k < length; k++) {
    const value = packed[k] as number;
    const position = ((value % POSITIONS) + POSITIONS) % POSITIONS;
    sortedHashes.push((value - position) / POSITIONS);
    sortedWeights.push((weights[position] as number) / norm);
  }
  return { hashes: sortedHashes, weights: sortedWeights };
}

/** At most this many entries per vector (far more than any profile keeps). */
const POSITIONS = 1024;
/** Scratch space for sorting numbers, reused. */
const packBuffer = new Float64Array(POSITIONS);

/**
 * Sorts the first `length` numbers of the scratch space ascending, in place. Insertion sort:
 * for the forty-odd numbers of a profile it beats the built-in sort, which copies them first.
 */
function sortScratch(length: number): void {
  for (let i = 1; i < length; i++) {
    const value = packBuffer[i] as number;
    let j = i - 1;
    while (j >= 0 && (packBuffer[j] as number) > value) {
      packBuffer[j + 1] = packBuffer[j] as number;
      j--;
    }
    packBuffer[j + 1] = value;
  }
}
