/** Reads the data files in data/: one entry per line, blank lines and "#" comments ignored. */

import { readFileSync } from "node:fs";

/**
 * The entries of a data file, trimmed, in file order.
 * @example readDataLines("abbreviations.txt")[0] // "Mr."
 */
export function readDataLines(name: string): string[] {
  return dataLines(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));
}

/** The entries of a data file's text. */
export function dataLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/**
 * @example loadWordList("locative-prepositions.txt").has("in") // true
 */
export function loadWordList(name: string): ReadonlySet<string> {
  return new Set(readDataLines(name));
}
