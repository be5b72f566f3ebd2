/**
 * Where "to" hangs: "agreed on Tuesday to hold talks", "refused last week to meet". A short
 * adverbial of time may stand between the frame verb and its "to".
 */

import type { SentenceView } from "./sentence-view.js";

/** Words an adverbial of time between a frame verb and "to" is made of (besides capitals, digits, -ly). */
const ADVERBIAL = new Set([
  "on",
  "last",
  "this",
  "next",
  "early",
  "late",
  "in",
  "at",
  "the",
  "week",
  "month",
  "year",
  "weekend",
  "also",
  "again",
]);

/** The frame word before the "to" at `to` (one of `frames`), or null. */
export function frameBefore(
  view: SentenceView,
  to: number,
  frames: ReadonlySet<string>,
): string | null {
  for (let i = to - 1; i >= 0 && to - i <= 5; i--) {
    const word = view.words[i] as string;
    if (frames.has(word)) return word;
    const raw = view.raw[i] as string;
    const adverbial = ADVERBIAL.has(word) || word.endsWith("ly") || /^[\p{Lu}\p{N}]/u.test(raw);
    if (!adverbial || view.mentionAt[i] !== -1) return null;
  }
  return null;
}

/** The "to" after a frame verb ending at `end`, across a short adverbial, or -1. */
export function toAfter(view: SentenceView, end: number): number {
  for (let i = end; i < view.words.length && i - end <= 4; i++) {
    const word = view.words[i] as string;
    if (word === "to") return i;
    const raw = view.raw[i] as string;
    if (!(ADVERBIAL.has(word) || word.endsWith("ly") || /^[\p{Lu}\p{N}]/u.test(raw))) return -1;
  }
  return -1;
}
