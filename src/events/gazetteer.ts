/** dyad's gazetteer: countries, cities, landmarks and regions by name, loaded once from data/places. */

import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadWordList, readDataLines } from "../word-lists.js";

export type PlaceKind = "city" | "country" | "landmark" | "region";

/** One place a name may stand for. */
export interface PlaceEntry {
  /** Canonical name: GeoNames' (local spelling, "Huế") unless an English form is preferred. */
  readonly name: string;
  /** ISO 3166 alpha-3. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly kind: PlaceKind;
  /** GeoNames population (0 for countries, landmarks and regions). */
  readonly population: number;
  /** A landmark that usually stands for a government ("the White House"): a place only after a cue. */
  readonly metonym: boolean;
}

/** The cue words of data/places/cues.txt, by kind (see its header). */
export interface PlaceCues {
  readonly locative: ReadonlySet<string>;
  readonly movement: ReadonlySet<string>;
  readonly adverb: ReadonlySet<string>;
  readonly object: ReadonlySet<string>;
  readonly placeNoun: ReadonlySet<string>;
  readonly apposition: ReadonlySet<string>;
  readonly modifier: ReadonlySet<string>;
  /** "<word> <cue>" pairs, e.g. "aimed at". */
  readonly target: ReadonlySet<string>;
  readonly follower: ReadonlySet<string>;
  readonly view: ReadonlySet<string>;
  readonly notPlace: ReadonlySet<string>;
  readonly closer: ReadonlySet<string>;
}

export interface Gazetteer {
  /** Entries by `placeKey` of a name or alias: landmarks and regions, countries, then cities by population. */
  readonly entries: ReadonlyMap<string, readonly PlaceEntry[]>;
  /** Per key, a bit for each word that is capitalised in every spelling with that key. */
  readonly capitalised: ReadonlyMap<string, number>;
  /** The longest key starting with this first word (its leading letters), so lookups stop early. */
  readonly maxKeyLength: ReadonlyMap<string, number>;
  /** First words of landmark names: only these are looked up without a cue. */
  readonly landmarkHeads: ReadonlySet<string>;
  /** Keys of names written with a leading "The" ("The Hague"): the article belongs to the name. */
  readonly articleKeys: ReadonlySet<string>;
  readonly cues: PlaceCues;
  /** Months and weekdays: never a place on their own. */
  readonly neverNames: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  /** Number of entries (countries, cities, landmarks, regions). */
  readonly size: number;
  /** How long loading took, in milliseconds. */
  readonly loadMs: number;
}

const SPECIAL: Readonly<Record<string, string>> = {
  ł: "l",
  đ: "d",
  ø: "o",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
  ħ: "h",
  þ: "th",
};

/**
 * The comparison form of a name or a span of text: lower case, no accents, straight apostrophes,
 * single spaces. Must agree with `key` in scripts/build-place-data.mjs.
 * @example placeKey("Huế") // "hue"
 */
export function placeKey(text: string): string {
  let folded = text.toLowerCase();
  // Plain ASCII words skip the Unicode work (hot path).
  if (/[^\x20-\x7e]/.test(folded)) {
    folded = folded
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[łđøßæœıħþ]/g, (c) => SPECIAL[c] ?? c)
      .replace(/[’‘ʼʻ`´]/g, "'");
  }
  return /\s\s|[^\S ]/.test(folded) ? folded.replace(/\s+/g, " ") : folded;
}

/** The leading letters/digits of a key: the index into `maxKeyLength`. */
export function headOf(key: string): string {
  let end = 0;
  while (end < key.length && isWordChar(key.charCodeAt(end), key, end)) end++;
  return key.slice(0, end);
}

function isWordChar(code: number, text: string, index: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
    return true;
  }
  return code > 127 && /[\p{L}\p{N}]/u.test(text.charAt(index));
}

const KIND_ORDER: Readonly<Record<PlaceKind, number>> = {
  landmark: 0,
  region: 0,
  country: 1,
  city: 2,
};

/** An entry as the data files write it (gazetteer.jsonl, landmarks.jsonl). */
export interface RawPlaceEntry {
  readonly kind: PlaceKind;
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population?: number;
  readonly aliases?: readonly string[];
  readonly metonym?: boolean;
}

/** Builds a gazetteer from the data files' entries and cue lines (cues.txt). */
export function buildGazetteer(
  raws: readonly RawPlaceEntry[],
  cueLines: readonly string[],
  neverNames: ReadonlySet<string>,
  functionWords: ReadonlySet<string>,
): Omit<Gazetteer, "loadMs"> {
  const entries = new Map<string, PlaceEntry[]>();
  const capitalised = new Map<string, number>();
  const maxKeyLength = new Map<string, number>();
  const landmarkHeads = new Set<string>();
  const articleKeys = new Set<string>();
  let size = 0;
  for (const raw of raws) {
    size++;
    const entry: PlaceEntry = {
      name: raw.name,
      country: raw.country,
      lat: raw.lat,
      lon: raw.lon,
      kind: raw.kind,
      population: raw.population ?? 0,
      metonym: raw.metonym === true,
    };
    for (const spelling of [raw.name, ...(raw.aliases ?? [])]) {
      const article = /^the /i.test(spelling);
      const surface = article ? spelling.slice(4) : spelling;
      const key = placeKey(surface);
      if (article) articleKeys.add(key);
      const list = entries.get(key);
      if (list === undefined) entries.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
      const mask = capitalMask(surface);
      capitalised.set(key, (capitalised.get(key) ?? mask) & mask);
      const head = headOf(key);
      maxKeyLength.set(head, Math.max(maxKeyLength.get(head) ?? 0, key.length));
      if (entry.kind === "landmark") landmarkHeads.add(head);
    }
  }
  for (const list of entries.values()) {
    list.sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        b.population - a.population ||
        a.country.localeCompare(b.country),
    );
  }
  return {
    entries,
    capitalised,
    maxKeyLength,
    landmarkHeads,
    articleKeys,
    cues: parseCues(cueLines),
    neverNames,
    functionWords,
    size,
  };
}

/** Bit i set when word i of the spelling starts with a capital letter or a digit. */
function capitalMask(surface: string): number {
  let mask = 0;
  let word = 0;
  let atStart = true;
  for (let i = 0; i < surface.length && word < 31; i++) {
    const code = surface.charCodeAt(i);
    if (code === 32) {
      if (!atStart) word++;
      atStart = true;
      continue;
    }
    if (atStart && startsCapital(code, surface, i)) mask |= 1 << word;
    atStart = false;
  }
  return mask;
}

/** An ASCII capital or digit, or a non-ASCII upper-case letter. */
export function startsCapital(code: number, text: string, index: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  return code > 127 && /\p{Lu}/u.test(text.charAt(index));
}

function parseCues(lines: readonly string[]): PlaceCues {
  const kinds = new Map<string, Set<string>>();
  for (const line of lines) {
    const [kind = "", ...words] = line.split(/\s+/);
    const expected = kind === "target" ? 2 : 1;
    if (words.length !== expected) throw new Error(`places/cues.txt: cannot use "${line}"`);
    let set = kinds.get(kind);
    if (set === undefined) kinds.set(kind, (set = new Set()));
    set.add(words.join(" "));
  }
  const get = (kind: string): ReadonlySet<string> => kinds.get(kind) ?? new Set();
  return {
    locative: get("locative"),
    movement: get("movement"),
    adverb: get("adverb"),
    object: get("object"),
    placeNoun: get("place-noun"),
    apposition: get("apposition"),
    modifier: get("modifier"),
    target: get("target"),
    follower: get("follower"),
    view: get("view"),
    notPlace: get("not-place"),
    closer: get("closer"),
  };
}

let cached: Gazetteer | undefined;

/**
 * The bundled gazetteer (data/places/gazetteer.jsonl and landmarks.jsonl), loaded on first use.
 * @example loadGazetteer().entries.get("hanoi")?.[0]?.country // "VNM"
 */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const started = performance.now();
  // The generated file has no comments or blank lines: one JSON.parse for the whole file is
  // much faster than one per line.
  const generated = readFileSync(
    new URL("../../data/places/gazetteer.jsonl", import.meta.url),
    "utf8",
  );
  const entries = JSON.parse(`[${generated.trimEnd().replaceAll("\n", ",")}]`) as RawPlaceEntry[];
  for (const line of readDataLines("places/landmarks.jsonl")) {
    entries.push(JSON.parse(line) as RawPlaceEntry);
  }
  const parsed = buildGazetteer(
    entries,
    readDataLines("places/cues.txt"),
    loadWordList("never-names.txt"),
    loadWordList("english-function-words.txt"),
  );
  cached = { ...parsed, loadMs: performance.now() - started };
  return cached;
}
