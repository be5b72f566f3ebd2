/** Turns word lists into regular expressions: one alternation per list, the longest phrase first. */

/** `phrase` as a pattern: regex characters escaped, any run of spaces matching any whitespace. */
export function phrasePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

/**
 * One alternation of the phrases, longest first, so "US dollars" wins over "dollars".
 * @example alternation(["$", "US$"]) // "US\\$|\\$"
 */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(phrasePattern)
    .join("|");
}

/** Letters or digits on this side end a word; a match must not run into them. */
export const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
export const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;

/**
 * A pattern that matches, empty, where `body` ends right at the position it is run from: a
 * sticky lookbehind, tried once instead of at every start of a window. Group 1 is what `body`
 * matched, so its start is `position - match[1].length`; `body`'s own groups follow.
 * @example endingAt(endingHere("about\\s+", "i"), "about 5", 6)?.[1] // "about "
 */
export function endingHere(body: string, flags: string): RegExp {
  return new RegExp(`(?<=(${body}))`, `${flags}y`);
}

/** Runs a pattern from `endingHere` at `position`. */
export function endingAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}
