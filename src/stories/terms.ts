/**
 * An article's content terms: its words without stop words, stemmed, weighted by how often they
 * occur and whether the lead uses them, the heaviest kept. What textual similarity between two
 * articles is computed from.
 */

import type { Span } from "../model/index.js";
import { loadWordList } from "../word-lists.js";
import { stem } from "./stem.js";

/**
 * Stemmed content words (or actor keys) with their weights in the article, heaviest first: two
 * aligned lists, which are smaller to store and cheaper to make than a pair per term.
 */
export interface WeightedTerms {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
}

/** What reading an article gives: its heaviest terms, and where its lead ends. */
export interface ArticleTerms extends WeightedTerms {
  /** The offset just after the lead's last word (see `LEAD_WORDS`). */
  readonly leadEnd: number;
}

/** How many terms an article keeps: enough for follow-ups to meet, few enough to store. */
export const TERMS_PER_ARTICLE = 40;

/**
 * News puts the happening first: the headline and the lead say what happened, later paragraphs
 * give background (often another happening between the same countries). Words among the first
 * `LEAD_WORDS` count `LEAD_BOOST` times as much.
 */
export const LEAD_WORDS = 60;
export const LEAD_BOOST = 2;

/**
 * A 31-bit FNV-1a hash of a term, the form in which the clusterer compares and counts terms.
 * 31 bits fit V8's small integers, which maps and arrays handle without boxing.
 * @example termHash("visit") === termHash("visit") // true
 */
export function termHash(term: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
  return hash >> 1;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Past this many remembered words memory is dropped, so it cannot grow forever. */
const MAX_REMEMBERED = 90_000;

/**
 * Reads content terms from texts. Create it once: it remembers which word is which term, so the
 * words of the next article are looked up rather than lower-cased, checked and stemmed again.
 * @example createTermReader(new Set(["the"])).read("The border clash.", [])
 * // { terms: ["border", "clash"], weights: [2, 2], leadEnd: 17 }
 */
export function createTermReader(
  stopWords: ReadonlySet<string>,
  limit: number = TERMS_PER_ARTICLE,
): TermReader {
  return new TermReader(stopWords, limit);
}

/** One term's running count within the article being read. */
interface TermSlot {
  readonly term: string;
  readonly hash: number;
  /** Which article the count belongs to: counts of earlier articles are stale, not cleared. */
  article: number;
  count: number;
  inLead: boolean;
}

/**
 * Which word is which term, as an open-addressing hash table in one flat array: a word's 32-bit
 * hash picks the cell, a second hash confirms it is the same word without comparing letters,
 * and the cell's third number says which term (or a stop word). Looked up ~600 times per
 * article, so a lookup touches one cache line and never boxes a number.
 */
class WordTable {
  /** Per cell: hash, check, then 0 (empty), 1 (a stop word) or 2 + the term's index. */
  private readonly cells = new Int32Array(3 * WORD_CELLS);
  private readonly terms: TermSlot[] = [];
  private size = 0;

  /** The cell of the word, or -1 - (the empty cell where it would go). */
  find(hash: number, check: number): number {
    let cell = (hash ^ (hash >>> 16)) & (WORD_CELLS - 1);
    for (;;) {
      const at = 3 * cell;
      if (this.cells[at + 2] === 0) return -1 - cell;
      if (this.cells[at] === hash && this.cells[at + 1] === check) return cell;
      cell = (cell + 1) & (WORD_CELLS - 1);
    }
  }

  /** The term of a cell `find` found; null for a stop word. */
  termAt(cell: number): TermSlot | null {
    const value = this.cells[3 * cell + 2] as number;
    return value === 1 ? null : (this.terms[value - 2] as TermSlot);
  }

  /** Remembers a word in the empty cell `find` pointed at; false when the table is full. */
  set(emptyCell: number, hash: number, check: number, term: TermSlot | null): boolean {
    if (this.size >= MAX_REMEMBERED) return false;
    const at = 3 * emptyCell;
    this.cells[at] = hash;
    this.cells[at + 1] = check;
    if (term === null) this.cells[at + 2] = 1;
    else {
      this.terms.push(term);
      this.cells[at + 2] = this.terms.length + 1;
    }
    this.size++;
    return true;
  }

  clear(): void {
    this.cells.fill(0);
    this.terms.length = 0;
    this.size = 0;
  }
}

/** Cells of the word table: a power of two, with room to spare at `MAX_REMEMBERED` words. */
const WORD_CELLS = 1 << 17;

export class TermReader {
  private readonly words = new WordTable();
  private readonly slots = new Map<string, TermSlot>();
  /**
   * The slots of the article being read, in order of first occurrence. Reused and overwritten,
   * never emptied: emptying an array lets V8 free its storage, to grow it again next article.
   */
  private readonly seen: TermSlot[] = [];
  private article = 0;
  /** The word table filled up: it is emptied before the next article, not in the middle of one. */
  private full = false;

  constructor(
    private readonly stopWords: ReadonlySet<string>,
    private readonly limit: number,
  ) {}

  /**
   * The article's heaviest terms, heaviest first (ties in order of occurrence), skipping
   * capitalised words inside the `excluded` spans (sorted by start): country names and
   * adjectives, which every article about a dyad shares ("Armenian" of "Armenian soldiers", but
   * not "soldiers").
   */
  read(text: string, excluded: readonly Span[]): ArticleTerms {
    if (this.full) this.forget();
    const article = ++this.article;
    const seen = this.seen;
    let seenCount = 0;
    let wordCount = 0;
    let leadEnd = text.length;
    // Flat copies: the spans are actor mentions, objects of more than one shape.
    const excludedStarts = excluded.map((span) => span.start);
    const excludedEnds = excluded.map((span) => span.end);
    let nextExcluded = 0;
    // Read from a lower-cased copy: it is a flat string, which is quicker to read character by
    // character than the text (often a slice of the file it came from), and its letters need no
    // folding. A text whose length would change (a few Unicode letters) is read as it is.
    const lower = text.toLowerCase();
    const source = lower.length === text.length ? lower : text;
    const length = source.length;
    let i = 0;
    while (i < length) {
      const first = source.charCodeAt(i);
      if ((first < 128 ? ASCII_CLASSES[first] : charClass(first)) === SEPARATOR) {
        i++;
        continue;
      }
      const start = i;
      let hash = FNV_OFFSET;
      let check = 0;
      let hasDigit = false;
      for (; i < length; i++) {
        let c = source.charCodeAt(i);
        // The table lookup inline: nearly every character of an English article is ASCII.
        const kind = c < 128 ? (ASCII_CLASSES[c] as number) : charClass(c);
        if (kind === SEPARATOR) break;
        if (kind === DIGIT) hasDigit = true;
        else if (kind === UPPER) c += 32;
        hash = Math.imul(hash ^ c, FNV_PRIME);
        check = (Math.imul(check, 31) + c) | 0;
      }
      const inLead = wordCount++ < LEAD_WORDS;
      if (wordCount === LEAD_WORDS) leadEnd = i;
      // Numbers, words with digits ("G20") and words of one or two letters ("s" of "Lam's",
      // "of", "to"; "Xi" and "UN" are compared as actors) say little.
      if (hasDigit || i - start < 3) continue;
      while (
        nextExcluded < excludedEnds.length &&
        (excludedEnds[nextExcluded] as number) <= start
      ) {
        nextExcluded++;
      }
      if (
        nextExcluded < excludedStarts.length &&
        (excludedStarts[nextExcluded] as number) <= start &&
        isUpper(text.charCodeAt(start))
      ) {
        continue;
      }

      const slot = this.lookUp(source, start, i, hash, check);
      if (slot === null) continue;
      if (slot.article !== article) {
        slot.article = article;
        slot.count = 0;
        slot.inLead = false;
        seen[seenCount++] = slot;
      }
      slot.count++;
      if (inLead) slot.inLead = true;
    }
    const { terms, weights } = heaviest(seen, seenCount, this.limit);
    return { terms, weights, leadEnd };
  }

  private lookUp(
    text: string,
    start: number,
    end: number,
    hash: number,
    check: number,
  ): TermSlot | null {
    const cell = this.words.find(hash, check);
    if (cell >= 0) return this.words.termAt(cell);
    const lower = text.slice(start, end).toLowerCase();
    const slot = this.stopWords.has(lower) ? null : this.slotOf(stem(lower));
    if (!this.words.set(-1 - cell, hash, check, slot)) this.full = true;
    return slot;
  }

  private slotOf(term: string): TermSlot {
    let slot = this.slots.get(term);
    if (slot === undefined) {
      slot = { term, hash: termHash(term), article: 0, count: 0, inLead: false };
      this.slots.set(term, slot);
    }
    return slot;
  }

  private forget(): void {
    this.words.clear();
    this.slots.clear();
    this.full = false;
  }
}

/**
 * A term's weight depends only on its count and whether the lead uses it: one of a few levels,
 * `count * 2 + (inLead ? 1 : 0)` for counts below `LEVEL_COUNTS` (more occurrences weigh as
 * many). Sublinear, 1 + ln(count): the tenth "visit" adds less than the second.
 */
const LEVEL_COUNTS = 64;
const LEVEL_WEIGHTS = Float64Array.from({ length: 2 * LEVEL_COUNTS }, (_, level) => {
  const count = Math.max(1, level >> 1);
  const weight = (1 + Math.log(count)) * (level & 1 ? LEAD_BOOST : 1);
  return Math.round(weight * 1000) / 1000;
});
/** The levels, heaviest first. */
const LEVELS_BY_WEIGHT = Array.from({ length: 2 * LEVEL_COUNTS }, (_, level) => level)
  .filter((level) => level >= 2)
  .sort((a, b) => (LEVEL_WEIGHTS[b] as number) - (LEVEL_WEIGHTS[a] as number) || a - b);
const levelCounts = new Uint16Array(2 * LEVEL_COUNTS);
const levelStarts = new Uint16Array(2 * LEVEL_COUNTS);
/** The level of each slot of the article being read; reused, grown when an article needs it. */
let levelBuffer = new Uint8Array(1024);

function levelOf(slot: TermSlot): number {
  return Math.min(slot.count, LEVEL_COUNTS - 1) * 2 + (slot.inLead ? 1 : 0);
}

/**
 * The `limit` heaviest terms, heaviest first; among equally heavy terms the earlier in the text
 * go first, so the choice is reproducible. The first `count` of `slots` are the article's, in
 * order of first occurrence. Counting terms per weight level finds the cut without sorting.
 */
function heaviest(slots: readonly TermSlot[], count: number, limit: number): WeightedTerms {
  levelCounts.fill(0);
  if (levelBuffer.length < count) levelBuffer = new Uint8Array(2 * count);
  const levels = levelBuffer;
  for (let i = 0; i < count; i++) {
    const level = levelOf(slots[i] as TermSlot);
    levels[i] = level;
    levelCounts[level] = (levelCounts[level] as number) + 1;
  }
  // Where each level's terms start in the output (a counting sort by weight); levels past the
  // limit start at the limit and are left out.
  let kept = 0;
  for (const level of LEVELS_BY_WEIGHT) {
    const count = levelCounts[level] as number;
    levelStarts[level] = kept;
    kept = Math.min(limit, kept + count);
  }
  // Filled out of order, so made full first (with numbers as numbers, so no storage is swapped).
  const terms = new Array<string>(kept).fill("");
  const weights = new Array<number>(kept).fill(0.5);
  const hashes = new Array<number>(kept).fill(0);
  for (let i = 0; i < count; i++) {
    const level = levels[i] as number;
    const at = levelStarts[level] as number;
    if (at >= kept) continue;
    levelStarts[level] = at + 1;
    const slot = slots[i] as TermSlot;
    terms[at] = slot.term;
    weights[at] = LEVEL_WEIGHTS[level] as number;
    hashes[at] = slot.hash;
  }
  rememberTermHashes(terms, hashes);
  return { terms, weights };
}

/**
 * The hashes of the term lists made most recently, so the clusterer does not hash the same
 * terms again when it is given features just read; older lists, and lists read back from
 * storage, are hashed term by term. A few entries suffice (features are usually assigned as soon
 * as they are read), and unlike a WeakMap they cost the garbage collector nothing.
 */
const RECENT_LISTS = 8;
const recentLists: (readonly string[] | null)[] = new Array<null>(RECENT_LISTS).fill(null);
const recentHashes: (readonly number[] | null)[] = new Array<null>(RECENT_LISTS).fill(null);
let nextRecent = 0;

/** Remembers the hashes of a list of terms (or actor keys) just made. */
export function rememberTermHashes(terms: readonly string[], hashes: readonly number[]): void {
  recentLists[nextRecent] = terms;
  recentHashes[nextRecent] = hashes;
  nextRecent = (nextRecent + 1) % RECENT_LISTS;
}

/**
 * The hash of each term of the list, in order.
 * @example termHashes(["visit"]) // [termHash("visit")]
 */
export function termHashes(terms: readonly string[]): readonly number[] {
  const at = recentLists.indexOf(terms);
  return at >= 0 ? (recentHashes[at] as readonly number[]) : terms.map(termHash);
}

const SEPARATOR = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const OTHER_LETTER = 4;
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : SEPARATOR,
);

/** Letters and digits of any script make words; punctuation, symbols, spaces and apostrophes split them. */
function charClass(c: number): number {
  if (c < 128) return ASCII_CLASSES[c] as number;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return SEPARATOR;
  // General punctuation, symbols and arrows; CJK and full-width punctuation.
  if (c >= 0x2000 && c <= 0x2bff) return SEPARATOR;
  if (c >= 0x3000 && c <= 0x303f) return SEPARATOR;
  if (c >= 0xfe30 && c <= 0xfe4f) return SEPARATOR;
  if (c >= 0xff00 && c <= 0xff20) return SEPARATOR;
  return OTHER_LETTER;
}

function isUpper(c: number): boolean {
  if (c < 128) return ASCII_CLASSES[c] === UPPER;
  const char = String.fromCharCode(c);
  return char.toLowerCase() !== char;
}

let defaultReader: TermReader | null = null;

/**
 * The shared reader with dyad's stop words (data/stories/stop-words.txt), loaded on first use.
 * @example defaultTermReader().read("Troops clashed at the border.", []).terms // ["troop", ...]
 */
export function defaultTermReader(): TermReader {
  defaultReader ??= createTermReader(loadWordList("stories/stop-words.txt"));
  return defaultReader;
}
