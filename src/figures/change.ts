/**
 * Whether a quantity is a change rather than a level: "up 18.6 percent", "fell by 3 percent",
 * "an increase of 5 percent", "a 9-fold increase", "1.4 percent less than". "rose to $3
 * billion" and "down from 41 percent" are levels.
 */

import { wordAfter, wordBefore } from "./neighbours.js";
import { alternation, endingAt, endingHere, NOT_WORD_BEFORE } from "./patterns.js";
import type { Quantity } from "./quantity.js";
import type { ChangeDirection, FigureVocabulary } from "./vocabulary.js";

/** Words between a change noun and the figure it follows: "a 5 percent year-on-year rise". */
const PERIODIC = new Set(["year-on-year", "year-over-year", "annual", "monthly", "quarterly"]);
/** Words between a change verb or noun and the number: "fell by", "jumped between", "rise of". */
const LINKS = new Set(["by", "between", "of"]);

export interface ChangeRead {
  readonly direction: ChangeDirection;
  readonly rule: string;
}

/** The change patterns of a vocabulary: build once per stage with `changePatterns`. */
export interface ChangePatterns {
  /** Run at a figure: a change verb (group 2) right before it: "rose ", "fell by ". */
  readonly verbBefore: RegExp;
  /** Run at a figure: a change verb (group 2), up to three words, "by": "raised its rate by ". */
  readonly verbObjectBy: RegExp;
  /** Run at a figure: a change noun (group 2) and "of": "an increase of ". */
  readonly nounOf: RegExp;
  /** Sticky at the figure's end: a change noun after it, "year-on-year" allowed between. */
  readonly nounAfter: RegExp;
  /** Sticky at the figure's end: a comparative after it. */
  readonly comparativeAfter: RegExp;
}

/** @example changePatterns(loadFigureVocabulary()).verbBefore.test("rose ") // true */
export function changePatterns(vocabulary: FigureVocabulary): ChangePatterns {
  const direct = [...vocabulary.changeVerbs].filter(([, verb]) => !verb.onlyWithBy);
  const nouns = alternation(vocabulary.changeNouns.keys());
  return {
    verbBefore: endingHere(
      `${NOT_WORD_BEFORE}(${alternation(direct.map(([word]) => word))})(?:\\s+(?:by|between))?\\s+`,
      "iu",
    ),
    verbObjectBy: endingHere(
      `${NOT_WORD_BEFORE}(${alternation(vocabulary.changeVerbs.keys())})(?:\\s+[\\p{L}'’-]+){1,3}\\s+by\\s+`,
      "iu",
    ),
    nounOf: endingHere(`${NOT_WORD_BEFORE}(${nouns})\\s+of\\s+`, "iu"),
    nounAfter: new RegExp(
      `\\s+(?:(?:${[...PERIODIC].join("|")})\\s+)?(${nouns})(?![\\p{L}])`,
      "iuy",
    ),
    comparativeAfter: new RegExp(
      `\\s+(${alternation(vocabulary.comparatives.keys())})(?![\\p{L}])`,
      "iuy",
    ),
  };
}

/**
 * The change `quantity` reports, or null for a level. A verb never makes a count a change:
 * "lost 300 soldiers" counts soldiers.
 * @example readChange(text, sentence.start, quantity, patterns, vocabulary)?.direction // "increase"
 */
export function readChange(
  text: string,
  sentenceStart: number,
  quantity: Quantity,
  patterns: ChangePatterns,
  vocabulary: FigureVocabulary,
): ChangeRead | null {
  const next = wordAfter(text, quantity.end);
  const after = (pattern: RegExp): string => {
    pattern.lastIndex = quantity.end;
    return pattern.exec(text)?.[1]?.toLowerCase() ?? "";
  };
  if (vocabulary.changeNouns.has(next) || PERIODIC.has(next)) {
    const noun = vocabulary.changeNouns.get(after(patterns.nounAfter));
    if (noun) return { direction: noun, rule: "figure:change-noun" };
  }
  const comparative = vocabulary.comparatives.has(next)
    ? vocabulary.comparatives.get(after(patterns.comparativeAfter))
    : undefined;
  if (comparative) return { direction: comparative, rule: "figure:change-comparative" };
  const previous = wordBefore(text, quantity.leftEdge);
  if (!vocabulary.changeVerbs.has(previous) && !LINKS.has(previous)) return null;

  const before = (pattern: RegExp): string | undefined => {
    const match = endingAt(pattern, text, quantity.leftEdge);
    // Within the sentence: the words before it are not this figure's.
    return match && quantity.leftEdge - (match[1]?.length ?? 0) >= sentenceStart
      ? match[2]?.toLowerCase()
      : undefined;
  };
  const nounOf = vocabulary.changeNouns.get(before(patterns.nounOf) ?? "");
  if (nounOf) return { direction: nounOf, rule: "figure:change-noun" };
  if (quantity.kind === "count" || quantity.kind === "bare") return null;
  const verb = before(patterns.verbBefore) ?? before(patterns.verbObjectBy);
  const read = vocabulary.changeVerbs.get(verb?.toLowerCase() ?? "");
  return read ? { direction: read.direction, rule: "figure:change-verb" } : null;
}
