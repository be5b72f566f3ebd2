/**
 * The actors an article is about, as keys two articles can share: named people and organisations
 * (which tell one happening from another) and countries (which only tell the dyad).
 */

import type { ActorMention } from "../model/index.js";
import { loadWordList } from "../word-lists.js";
import { sortSmall, sortStrings } from "./small-sort.js";
import { LEAD_BOOST, rememberTermHashes, termHash } from "./terms.js";

/** Keys of the people and organisations an article names, and of the countries it names. */
export interface ActorKeys {
  /**
   * "person:xi jinping", "organisation:IGOUNO", weighted like terms: 1 + ln(mentions), doubled
   * for an actor named in the lead; heaviest first, at most `NAMED_ACTORS_PER_ARTICLE`.
   */
  readonly named: readonly string[];
  readonly namedWeights: readonly number[];
  /** "country:CHN", sorted. */
  readonly countries: string[];
}

/** Enough for the principals of any article; the rest are passing mentions. */
export const NAMED_ACTORS_PER_ARTICLE = 16;

/**
 * The actor keys of an article's mentions. Only coded mentions count: a person whose country,
 * sector or code the actor stage found, an organisation with a code. Media actors
 * (`data/stories/ignored-actor-sectors.txt`) are left out. An actor named before `leadEnd` is a
 * principal of the happening; one named only further down is usually background.
 * @example actorKeys(document.actorMentions ?? [], 400).named[0] // "person:xi jinping"
 */
export function actorKeys(
  mentions: readonly ActorMention[],
  leadEnd: number,
  ignoredSectors: ReadonlySet<string> = defaultIgnoredSectors(),
): ActorKeys {
  // Parallel lists rather than maps: an article names a few dozen actors at most, and keys are
  // remembered strings, so finding one is mostly a comparison of references.
  const keys: string[] = [];
  /** Per key: mentions × 2, plus 1 once one of them is in the lead. */
  const seen: number[] = [];
  const countries: string[] = [];
  for (const mention of mentions) {
    if (mention.type === "country") {
      if (mention.country === null) continue;
      const country = remembered(countryKeys, mention.country, countryKey);
      if (!countries.includes(country)) countries.push(country);
      continue;
    }
    const key = namedKey(mention);
    if (key === null || isIgnored(mention, ignoredSectors)) continue;
    let at = keys.indexOf(key);
    if (at < 0) {
      at = keys.push(key) - 1;
      seen.push(0);
    }
    const was = seen[at] as number;
    seen[at] = was + 2 + (mention.start < leadEnd && (was & 1) === 0 ? 1 : 0);
  }
  const weighted = keys.map((key, i): readonly [string, number] => {
    const count = seen[i] as number;
    const weight = (1 + Math.log(count >> 1)) * (count & 1 ? LEAD_BOOST : 1);
    return [key, Math.round(weight * 1000) / 1000];
  });
  sortSmall(weighted, ([a, m], [b, n]) => m > n || (m === n && a < b));
  if (weighted.length > NAMED_ACTORS_PER_ARTICLE) weighted.length = NAMED_ACTORS_PER_ARTICLE;
  const named = weighted.map(([key]) => key);
  rememberTermHashes(named, named.map(termHash));
  return {
    named,
    namedWeights: weighted.map(([, weight]) => weight),
    countries: sortStrings(countries),
  };
}

/** Its sector, or its code's last three letters: "Xinhua" is coded "MED" with no sector. */
function isIgnored(mention: ActorMention, ignoredSectors: ReadonlySet<string>): boolean {
  if (mention.sector !== null && ignoredSectors.has(mention.sector)) return true;
  const code = mention.code;
  return code !== null && code.length >= 3 && ignoredSectors.has(code.slice(code.length - 3));
}

function namedKey(mention: ActorMention): string | null {
  if (mention.type === "person") {
    const coded = mention.code !== null || mention.country !== null || mention.sector !== null;
    // The name, not the code: "VNMGOV" is every Vietnamese official, "to lam" is one person.
    return coded ? remembered(personKeys, mention.name, personKey) : null;
  }
  if (mention.type === "organisation" && mention.code !== null) {
    return remembered(organisationKeys, mention.code, organisationKey);
  }
  return null;
}

const personKey = (name: string) => `person:${name.toLowerCase()}`;
const organisationKey = (code: string) => `organisation:${code}`;
const countryKey = (code: string) => `country:${code}`;
const personKeys = new Map<string, string>();
const organisationKeys = new Map<string, string>();
const countryKeys = new Map<string, string>();

/** Keys are remembered, as the same names and codes recur article after article. */
function remembered(keys: Map<string, string>, of: string, make: (of: string) => string): string {
  let key = keys.get(of);
  if (key === undefined) {
    key = make(of);
    if (keys.size >= 50_000) keys.clear();
    keys.set(of, key);
  }
  return key;
}

let ignoredSectors: ReadonlySet<string> | null = null;

function defaultIgnoredSectors(): ReadonlySet<string> {
  ignoredSectors ??= loadWordList("stories/ignored-actor-sectors.txt");
  return ignoredSectors;
}
