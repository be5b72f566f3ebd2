/** Reads the number itself: digits as written ("7,240", "187.4") or spelled ("twenty-five"). */

import numbered from "numbered";
import type { FigureVocabulary } from "./vocabulary.js";

export interface NumberRead {
  readonly value: number;
  /** Offset one past the number's last character. */
  readonly end: number;
  readonly spelled: boolean;
  /** Written with a thousands comma or a decimal point: never a year or a label. */
  readonly punctuated: boolean;
}

/** Digits with optional thousands commas and a decimal part. */
const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/y;
/** A comma and a digit right after a number: a group that is not three digits. */
const BROKEN_GROUP = /,\d/y;

/**
 * The number written in digits at `start` of `text`, or null.
 * @example readDigits("about 7,240 TEU", 6) // { value: 7240, end: 11, spelled: false, punctuated: true }
 */
export function readDigits(text: string, start: number): NumberRead | null {
  DIGITS.lastIndex = start;
  const match = DIGITS.exec(text);
  if (!match) return null;
  const end = start + match[0].length;
  // "1,23" (a decimal comma) and "7,2400" are not thousands: not a number we can read.
  BROKEN_GROUP.lastIndex = end;
  if (/\d/.test(text[end] ?? "") || BROKEN_GROUP.test(text)) return null;
  const written = match[0];
  return {
    value: Number(written.includes(",") ? written.replace(/,/g, "") : written),
    end,
    spelled: false,
    punctuated: written.length !== (match[1] ?? "").length || written.includes(","),
  };
}

const SPELLED_WORD = /([A-Za-z]+(?:-[A-Za-z]+)*)(\s+|(?![A-Za-z]))/y;

/**
 * The number spelled at `start` ("two thousand" reads "two": scale words are the caller's),
 * "half a" as 0.5 and a lone "a" as 1, so "half a million" and "a million" scale alike.
 * @example readSpelled("one hundred and twenty people", 0, vocabulary)?.value // 120
 */
export function readSpelled(
  text: string,
  start: number,
  vocabulary: FigureVocabulary,
): NumberRead | null {
  const words: string[] = [];
  let end = start;
  let lastNumberEnd = start;
  let position = start;
  for (;;) {
    SPELLED_WORD.lastIndex = position;
    const match = SPELLED_WORD.exec(text);
    if (!match) break;
    const word = (match[1] ?? "").toLowerCase();
    const parts = word.split("-");
    if (!parts.every((part) => vocabulary.numberWords.has(part))) break;
    words.push(word);
    position = match.index + match[0].length;
    end = match.index + (match[1] ?? "").length;
    // A number ends on a number word, never on "and" or "a": "two and" reads "two".
    if (parts.every((part) => vocabulary.numberWords.get(part) === "number")) lastNumberEnd = end;
  }
  if (words.length === 0) return null;
  const phrase = text.slice(start, lastNumberEnd).toLowerCase();
  if (lastNumberEnd > start) {
    if (/^half\b/.test(phrase)) return null;
    const value = numbered.parse(phrase);
    return Number.isFinite(value) && value > 0
      ? { value, end: lastNumberEnd, spelled: true, punctuated: false }
      : null;
  }
  // No number word: "a million", "half a million" (the scale word must follow).
  const head = /^(?:half\s+an?|an?)\b/i.exec(text.slice(start, end));
  if (!head) return null;
  return {
    value: head[0].toLowerCase().startsWith("half") ? 0.5 : 1,
    end: start + head[0].length,
    spelled: true,
    punctuated: false,
  };
}
