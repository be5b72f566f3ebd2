/**
 * Matches a verb block's patterns around a trigger. PETRARCH matches them against a parse tree;
 * dyad matches them against the word sequence, letting a few words (determiners, adjectives)
 * stand between pattern elements, and never across a clause boundary.
 */

import type { PatternElement, Synonyms, VerbBlock, VerbPattern } from "./verb-dictionary.js";
import type { PlacedMention, SentenceView } from "./sentence-view.js";
import type { Trigger } from "./triggers.js";

/** Words that may stand between two pattern elements: "signed [a new trade] agreement". */
const GAP = 4;

export interface PatternMatch {
  readonly pattern: VerbPattern;
  /** The block the pattern belongs to (the trigger's, or another block listing the same verb). */
  readonly block: VerbBlock;
  /** Elements matched: more is more specific. */
  readonly score: number;
  readonly source: PlacedMention | null;
  readonly target: PlacedMention | null;
  /** One past the last word the pattern matched after the trigger. */
  readonly end: number;
}

interface Cursor {
  at: number;
  score: number;
  source: PlacedMention | null;
  target: PlacedMention | null;
}

const STOP = new Set([";", ":", "“", "”", '"', "—"]);

/** The most specific pattern of the trigger's block that matches, if any. */
export function bestPattern(
  view: SentenceView,
  trigger: Trigger,
  synonyms: Synonyms,
): PatternMatch | null {
  let best: PatternMatch | null = null;
  const present = wordsOf(view);
  const tryBlock = (block: VerbBlock) => {
    for (const pattern of candidates(block, present)) {
      const match = matchPattern(view, trigger, block, pattern, synonyms);
      if (match && (!best || match.score > best.score)) best = match;
    }
  };
  tryBlock(trigger.block);
  for (const alternative of trigger.alternatives) tryBlock(alternative.block);
  return best;
}

const sentenceWords = new WeakMap<SentenceView, ReadonlySet<string>>();

function wordsOf(view: SentenceView): ReadonlySet<string> {
  let words = sentenceWords.get(view);
  if (!words) {
    words = new Set(view.words);
    sentenceWords.set(view, words);
  }
  return words;
}

/** A pattern with what the index needs to skip it cheaply. */
interface IndexedPattern {
  readonly pattern: VerbPattern;
  /** Its position in its block: among equally specific patterns the first one wins. */
  readonly order: number;
  /** The plain words it cannot match without (markers and synonym sets aside). */
  readonly required: readonly string[];
}

interface PatternIndex {
  /** Patterns without a plain word: always tried. */
  readonly free: readonly IndexedPattern[];
  /** The other patterns by their first plain word. */
  readonly byWord: ReadonlyMap<string, readonly IndexedPattern[]>;
}

const indexes = new WeakMap<VerbBlock, PatternIndex>();

function indexOf(block: VerbBlock): PatternIndex {
  let index = indexes.get(block);
  if (!index) {
    const free: IndexedPattern[] = [];
    const byWord = new Map<string, IndexedPattern[]>();
    block.patterns.forEach((pattern, order) => {
      const required = requiredWords(pattern);
      const entry = { pattern, order, required };
      const [first] = required;
      if (first === undefined) free.push(entry);
      else byWord.set(first, [...(byWord.get(first) ?? []), entry]);
    });
    index = { free, byWord };
    indexes.set(block, index);
  }
  return index;
}

/**
 * The block's patterns whose plain words the sentence all has, in block order. Most of a block's
 * patterns name a word the sentence does not have: the index skips them without looking.
 */
function candidates(block: VerbBlock, present: ReadonlySet<string>): VerbPattern[] {
  const index = indexOf(block);
  const found: IndexedPattern[] = [];
  for (const entry of index.free) found.push(entry);
  for (const word of present) {
    const entries = index.byWord.get(word);
    if (!entries) continue;
    for (const entry of entries) {
      if (entry.required.every((w) => present.has(w))) found.push(entry);
    }
  }
  if (found.length > 1) found.sort((a, b) => a.order - b.order);
  return found.map((entry) => entry.pattern);
}

function requiredWords(pattern: VerbPattern): readonly string[] {
  const found: string[] = [];
  const collect = (element: PatternElement) => {
    if (typeof element === "string") {
      if (!/^[+$%^@]/.test(element)) found.push(element);
    } else {
      for (const part of "seq" in element ? element.seq : element.pp) collect(part);
    }
  };
  for (const element of [...pattern.pre, ...pattern.post]) collect(element);
  return found;
}

function matchPattern(
  view: SentenceView,
  trigger: Trigger,
  block: VerbBlock,
  pattern: VerbPattern,
  synonyms: Synonyms,
): PatternMatch | null {
  const after: Cursor = { at: trigger.end, score: 0, source: null, target: null };
  for (const element of pattern.post) {
    if (!matchForward(view, element, after, synonyms, GAP)) return null;
  }
  const before: Cursor = { at: trigger.first - 1, score: 0, source: null, target: null };
  for (let k = pattern.pre.length - 1; k >= 0; k--) {
    if (!matchBackward(view, pattern.pre[k] as PatternElement, before, synonyms)) return null;
  }
  const score = after.score + before.score;
  if (score === 0) return null;
  return {
    pattern,
    block,
    score,
    source: after.source ?? before.source,
    target: after.target ?? before.target,
    end: after.at,
  };
}

function matchForward(
  view: SentenceView,
  element: PatternElement,
  cursor: Cursor,
  synonyms: Synonyms,
  gap: number,
): boolean {
  const limit = Math.min(view.words.length, cursor.at + gap + 1);
  const next = scratch;
  for (let i = cursor.at; i < limit; i++) {
    if (matchAt(view, element, i, synonyms, next)) {
      cursor.at = next.end;
      take(cursor, next);
      return true;
    }
    if (STOP.has(view.words[i] as string)) return false;
  }
  return false;
}

function matchBackward(
  view: SentenceView,
  element: PatternElement,
  cursor: Cursor,
  synonyms: Synonyms,
): boolean {
  const next = scratch;
  for (let i = cursor.at; i >= 0 && cursor.at - i <= GAP + 4; i--) {
    // Backwards an element must end at or before the cursor: try each start that does.
    if (matchAt(view, element, i, synonyms, next) && next.end <= cursor.at + 1) {
      cursor.at = i - 1;
      take(cursor, next);
      return true;
    }
    if (STOP.has(view.words[i] as string)) return false;
  }
  return false;
}

function take(cursor: Cursor, match: ElementMatch): void {
  cursor.score += match.score;
  if (match.slot === "source") cursor.source = match.mention;
  if (match.slot === "target") cursor.target = match.mention;
}

interface ElementMatch {
  end: number;
  score: number;
  slot: "source" | "target" | null;
  mention: PlacedMention | null;
}

/**
 * Written by `matchAt` and read before its next call: matching is tried at every word in reach
 * of every candidate pattern, and a fresh object per try was most of its garbage.
 */
const scratch: ElementMatch = { end: 0, score: 0, slot: null, mention: null };

/** Whether `element` matches starting exactly at word `i`; if so, `out` says how. */
function matchAt(
  view: SentenceView,
  element: PatternElement,
  i: number,
  synonyms: Synonyms,
  out: ElementMatch,
): boolean {
  if (typeof element === "string") {
    out.slot = null;
    out.mention = null;
    if (element === "+" || element === "$" || element === "%") {
      const m = view.mentionAt[i] ?? -1;
      if (m < 0) return false;
      const mention = view.mentions[m] as PlacedMention;
      if (mention.first !== i) return false;
      out.end = mention.end;
      out.score = 1;
      out.slot = element === "$" ? "source" : "target";
      out.mention = mention;
      return true;
    }
    if (element === "^") {
      // Any noun phrase: one word that is not punctuation; the gap lets a longer one through.
      if (!WORD_START.test(view.words[i] ?? "")) return false;
      out.end = i + 1;
      out.score = 0;
      return true;
    }
    if (element.charCodeAt(0) === AT_SIGN) {
      for (const phrase of synonyms.get(element.slice(1)) ?? []) {
        if (phrase.every((word, k) => view.words[i + k] === word)) {
          out.end = i + phrase.length;
          out.score = phrase.length;
          return true;
        }
      }
      return false;
    }
    if (view.words[i] !== element) return false;
    out.end = i + 1;
    out.score = 1;
    return true;
  }
  const parts = "seq" in element ? element.seq : element.pp;
  const part: ElementMatch = { end: i, score: 0, slot: null, mention: null };
  let score = 0;
  let slot: ElementMatch["slot"] = null;
  let mention: PlacedMention | null = null;
  for (const each of parts) {
    if (!matchAt(view, each, part.end, synonyms, part)) return false;
    score += part.score;
    if (part.slot) {
      slot = part.slot;
      mention = part.mention;
    }
  }
  out.end = part.end;
  out.score = score;
  out.slot = slot;
  out.mention = mention;
  return true;
}

const WORD_START = /^[\p{L}\p{N}]/u;
const AT_SIGN = "@".charCodeAt(0);
