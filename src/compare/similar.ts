/** When two outlets' quotes or figures are the same claim: word overlap and value closeness. */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words of three letters or more: what two wordings of one quote share. */
export function contentWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    if (match[0].length >= 3) words.add(match[0]);
  }
  return words;
}

/** Jaccard overlap of two word sets; two empty sets are the same (both unnamed). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Values that round to each other: "$229.8 billion" and "$230 billion" are one claim, "$229.8
 * billion" and "$250 billion" are not.
 */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const larger = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) / larger <= 0.005;
}
