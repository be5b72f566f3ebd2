/** Reads the word lists in data/: one entry per line, blank lines and "#" comments ignored. */

import { readFileSync } from "node:fs";

/**
 * @example loadWordList("locative-prepositions.txt").has("in") // true
 */
export function loadWordList(name: string): ReadonlySet<string> {
  const file = new URL(`../data/${name}`, import.meta.url);
  return new Set(
    readFileSync(file, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
}
