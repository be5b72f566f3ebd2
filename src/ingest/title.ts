/** Recognises a headline in the first paragraph, so untitled plain text still gets a title it shows. */

const MAX_HEADLINE_CHARS = 160;
const MAX_HEADLINE_WORDS = 22;

/**
 * The first paragraph when it looks like a headline: a single line, short, starting with a capital
 * letter or digit, and not ending like a sentence. A lead sentence ending in a period is not a title:
 * better no title than a wrong one.
 * @example headlineOf("Leaders agree to new trade pact\n\nThe two...") // "Leaders agree to new trade pact"
 */
export function headlineOf(text: string): string | null {
  const blank = text.search(/\n[ \t]*\n/);
  const first = (blank === -1 ? text : text.slice(0, blank)).trim();
  if (first === "" || first.includes("\n") || first.length > MAX_HEADLINE_CHARS) return null;
  if (first === text.trim()) return null;
  if (first.split(/\s+/).length > MAX_HEADLINE_WORDS) return null;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(first)) return null;
  if (/[.,;:]["”’']?$/.test(first)) return null;
  return first;
}
