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
  for (const block of [trigger.block, ...trigger.alternatives.map((a) => a.block)]) {
    for (const pattern of candidates(block, present)) {
      // Most of a block's patterns name a word the sentence does not have: skip them cheaply.
      if (!requiredWords(pattern).every((word) => present.has(word))) continue;
      const match = matchPattern(view, trigger, block, pattern, synonyms);
      if (match && (!best || match.score > best.score)) best = match;
    }
  }
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

interface PatternIndex {
  /** Patterns without a plain word: always tried. */
  readonly free: readonly VerbPattern[];
  /** The other patterns by their first plain word. */
  readonly byWord: ReadonlyMap<string, readonly VerbPattern[]>;
  /** Each pattern's position in its block. */
  readonly order: ReadonlyMap<VerbPattern, number>;
}

const indexes = new WeakMap<VerbBlock, PatternIndex>();

/** The block's patterns whose first plain word the sentence has, and those without one. */
function candidates(block: VerbBlock, present: ReadonlySet<string>): VerbPattern[] {
  let index = indexes.get(block);
  if (!index) {
    const free: VerbPattern[] = [];
    const byWord = new Map<string, VerbPattern[]>();
    for (const pattern of block.patterns) {
      const [first] = requiredWords(pattern);
      if (first === undefined) free.push(pattern);
      else byWord.set(first, [...(byWord.get(first) ?? []), pattern]);
    }
    index = { free, byWord, order: new Map(block.patterns.map((p, i) => [p, i])) };
    indexes.set(block, index);
  }
  const found = [...index.free];
  for (const word of present) {
    const patterns = index.byWord.get(word);
    if (patterns) found.push(...patterns);
  }
  // In block order: among equally specific patterns the first one wins, as without the index.
  const order = index.order;
  return found.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

const required = new WeakMap<VerbPattern, readonly string[]>();

/** The plain words a pattern cannot match without (markers and synonym sets aside). */
function requiredWords(pattern: VerbPattern): readonly string[] {
  let words = required.get(pattern);
  if (!words) {
    const found: string[] = [];
    const collect = (element: PatternElement) => {
      if (typeof element === "string") {
        if (!/^[+$%^@]/.test(element)) found.push(element);
      } else {
        for (const part of "seq" in element ? element.seq : element.pp) collect(part);
      }
    };
    for (const element of [...pattern.pre, ...pattern.post]) collect(element);
    words = found;
    required.set(pattern, words);
  }
  return words;
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
  for (let i = cursor.at; i < limit; i++) {
    const next = matchAt(view, element, i, synonyms);
    if (next) {
      cursor.at = next.end;
      cursor.score += next.score;
      if (next.slot === "source") cursor.source = next.mention;
      if (next.slot === "target") cursor.target = next.mention;
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
  for (let i = cursor.at; i >= 0 && cursor.at - i <= GAP + 4; i--) {
    // Backwards an element must end at or before the cursor: try each start that does.
    const next = matchAt(view, element, i, synonyms);
    if (next && next.end <= cursor.at + 1) {
      cursor.at = i - 1;
      cursor.score += next.score;
      if (next.slot === "source") cursor.source = next.mention;
      if (next.slot === "target") cursor.target = next.mention;
      return true;
    }
    if (STOP.has(view.words[i] as string)) return false;
  }
  return false;
}

interface ElementMatch {
  end: number;
  score: number;
  slot: "source" | "target" | null;
  mention: PlacedMention | null;
}

/** Whether `element` matches starting exactly at word `i`. */
function matchAt(
  view: SentenceView,
  element: PatternElement,
  i: number,
  synonyms: Synonyms,
): ElementMatch | null {
  if (typeof element === "string") {
    if (element === "+" || element === "$" || element === "%") {
      const m = view.mentionAt[i] ?? -1;
      if (m < 0) return null;
      const mention = view.mentions[m] as PlacedMention;
      if (mention.first !== i) return null;
      const slot = element === "$" ? "source" : "target";
      return { end: mention.end, score: 1, slot, mention };
    }
    if (element === "^") {
      // Any noun phrase: one word that is not punctuation; the gap lets a longer one through.
      return /^[\p{L}\p{N}]/u.test(view.words[i] ?? "")
        ? { end: i + 1, score: 0, slot: null, mention: null }
        : null;
    }
    if (element.startsWith("@")) {
      for (const phrase of synonyms.get(element.slice(1)) ?? []) {
        if (phrase.every((word, k) => view.words[i + k] === word)) {
          return { end: i + phrase.length, score: phrase.length, slot: null, mention: null };
        }
      }
      return null;
    }
    return view.words[i] === element ? { end: i + 1, score: 1, slot: null, mention: null } : null;
  }
  const parts = "seq" in element ? element.seq : element.pp;
  let at = i;
  let score = 0;
  let slot: ElementMatch["slot"] = null;
  let mention: PlacedMention | null = null;
  for (const part of parts) {
    const next = matchAt(view, part, at, synonyms);
    if (!next) return null;
    at = next.end;
    score += next.score;
    if (next.slot) {
      slot = next.slot;
      mention = next.mention;
    }
  }
  return { end: at, score, slot, mention };
}
