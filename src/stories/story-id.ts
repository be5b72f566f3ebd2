/**
 * A story's id: derived from its earliest member, so the same members give the same id whatever
 * order they arrived in and however often they are re-ingested.
 */

/** A member as far as the id is concerned: its article id and publication day (null: undated). */
export interface Anchor {
  readonly article: string;
  readonly day: number | null;
}

/**
 * Whether `a` comes before `b`: dated before undated, earlier before later, then by article id.
 * @example isEarlier({ article: "b", day: 1 }, { article: "a", day: 2 }) // true
 */
export function isEarlier(a: Anchor, b: Anchor): boolean {
  if (a.day !== b.day) {
    if (a.day === null) return false;
    if (b.day === null) return true;
    return a.day < b.day;
  }
  return a.article < b.article;
}

/**
 * The id of the story whose earliest member is `anchor`: 16 hex digits hashed from its article
 * id, so that story ids never look like article ids. Two 32-bit multiplicative hashes rather
 * than SHA-256, which would cost more than the rest of assigning an article; nothing here needs
 * a cryptographic hash. The version prefix changes only if the rule does.
 * @example storyId({ article: "3256c3d8c2c2f3af", day: 19822 }) // 16 hex digits
 */
export function storyId(anchor: Anchor): string {
  const input = `story-v1|${anchor.article}`;
  let high = 0x811c9dc5 | 0;
  let low = 0x2545f491 | 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    high = Math.imul(high ^ c, 0x01000193);
    low = Math.imul(low ^ c, 0x5bd1e995);
    low ^= low >>> 15;
  }
  return hex(mix(high ^ low)) + hex(mix(low));
}

/** Spreads every input bit over the output (murmur3's finaliser). */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, "0");
}
