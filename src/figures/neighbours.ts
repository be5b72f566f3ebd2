/**
 * The word right before or after a position, read with character codes: a cheap first test
 * that decides whether a pattern is worth running there at all.
 */

/** Letters, digits and the marks inside words and abbreviations: "no.", "year-on-year", "don't". */
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 39 ||
    code === 45 ||
    code === 0x2019 ||
    (code > 127 && code !== 0x2013 && code !== 0x2014 && code !== 0xa0 && code !== 0x20ac)
  );
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Where the word ending at `position` (spaces before it skipped) starts. */
export function wordBeforeStart(text: string, position: number): number {
  let end = position;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * The word ending at `position` (spaces before it skipped), lower-cased; "" when a sign is there.
 * @example wordBefore("rose about 5", 11) // "about"
 */
export function wordBefore(text: string, position: number): string {
  let end = position;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * The word starting at `position` (spaces skipped), lower-cased, without a trailing full stop;
 * "" when a sign is there.
 * @example wordAfter("5 billion yuan", 1) // "billion"
 */
export function wordAfter(text: string, position: number): string {
  let start = position;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  if (end > start && text.charCodeAt(end - 1) === 46) end--;
  return text.slice(start, end).toLowerCase();
}

/**
 * The word starting at `position` (spaces skipped), lower-cased, with its end; null at a sign.
 * @example nextWord("5 Ghanaian troops", 1) // { word: "ghanaian", end: 10 }
 */
export function nextWord(text: string, position: number): { word: string; end: number } | null {
  let start = position;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  if (end > start && text.charCodeAt(end - 1) === 46) end--;
  return end > start ? { word: text.slice(start, end).toLowerCase(), end } : null;
}

/** The first character at or after `position` that is not a space. */
export function signAfter(text: string, position: number): string {
  let start = position;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  return text[start] ?? "";
}
