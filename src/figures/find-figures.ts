/**
 * Finds the figures of a document: every token that starts a number is read as a quantity;
 * those that are one get their change, measure and period, sentence by sentence.
 */

import type { Document, FigureMention, Sentence, Token } from "../model/index.js";
import { type ChangePatterns, changePatterns, readChange } from "./change.js";
import { readMeasure } from "./measure.js";
import { findPeriods } from "./period.js";
import { type Quantity, readQuantity } from "./quantity.js";
import type { FigureVocabulary } from "./vocabulary.js";
import { sentenceWords } from "./words.js";

export interface FigureFinder {
  find(document: Document): FigureMention[];
}

/**
 * A finder over `vocabulary`, its patterns built once.
 * @example createFigureFinder(loadFigureVocabulary()).find(segmentedDocument)[0]?.value
 */
export function createFigureFinder(vocabulary: FigureVocabulary): FigureFinder {
  const patterns = changePatterns(vocabulary);
  const starters: NumberStarters = {
    initials: initialsOf(
      [...vocabulary.numberWords.keys()].filter(
        (w) => vocabulary.numberWords.get(w) !== "joiner" || w === "a",
      ),
    ),
    scaleWords: new Set([...vocabulary.scales.keys()].filter((form) => /^[a-z]{4,}$/.test(form))),
  };
  return {
    find(document) {
      const { text, sentences = [], tokens = [] } = document;
      const figures: FigureMention[] = [];
      for (const sentence of sentences) {
        const quantities: Quantity[] = [];
        let readUpTo = sentence.start;
        for (let t = sentence.firstToken; t < sentence.endToken; t++) {
          const token = tokens[t];
          if (!token || token.start < readUpTo) continue;
          if (!startsNumber(text, tokens, t, vocabulary, starters)) continue;
          const read = readQuantity(text, sentence, token.start, vocabulary);
          if ("refused" in read) {
            readUpTo = read.end;
            continue;
          }
          quantities.push(read);
          readUpTo = read.end;
        }
        if (quantities.length > 0) {
          figures.push(...describe(document, sentence, quantities, vocabulary, patterns));
        }
      }
      return figures;
    },
  };
}

/** Lower-case first letters of the words that may start a spelled number. */
function initialsOf(words: Iterable<string>): Uint8Array {
  const initials = new Uint8Array(128);
  for (const word of words) initials[word.charCodeAt(0) & 0x7f] = 1;
  return initials;
}

/**
 * Whether a token may start a number: a digit, a number word, or "a"/"half" before a scale
 * word ("a million"). Run on every token, so most are turned away by their first letter.
 */
function startsNumber(
  text: string,
  tokens: readonly Token[],
  index: number,
  vocabulary: FigureVocabulary,
  starters: NumberStarters,
): boolean {
  const token = tokens[index] as Token;
  const code = text.charCodeAt(token.start);
  if (code >= 48 && code <= 57) return true;
  if (code >= 128 || starters.initials[code | 0x20] !== 1 || token.end - token.start > 17)
    return false;
  const word = text.slice(token.start, token.end).toLowerCase();
  const hyphen = word.indexOf("-");
  const role = vocabulary.numberWords.get(hyphen < 0 ? word : word.slice(0, hyphen));
  if (role === "number") return true;
  if (role !== "joiner" && role !== "fraction") return false;
  // "a million", "half a million": a scale word follows, next or after "a".
  for (const next of [tokens[index + 1], tokens[index + 2]]) {
    if (!next) return false;
    const following = text.slice(next.start, next.end).toLowerCase();
    if (starters.scaleWords.has(following)) return true;
    if (following !== "a" && following !== "an") return false;
  }
  return false;
}

interface NumberStarters {
  readonly initials: Uint8Array;
  readonly scaleWords: ReadonlySet<string>;
}

/** The sentence's quantities as figure mentions, with change, measure and period. */
function describe(
  document: Document,
  sentence: Sentence,
  quantities: readonly Quantity[],
  vocabulary: FigureVocabulary,
  patterns: ChangePatterns,
): FigureMention[] {
  const { text } = document;
  const words = sentenceWords(text, document.tokens ?? [], sentence);
  const periods = findPeriods(document, sentence, quantities);
  const earlier: Array<{ end: number; measure: string | null }> = [];
  return quantities.map((quantity, index) => {
    const change = readChange(text, sentence.start, quantity, patterns, vocabulary);
    const measure = readMeasure(quantity, {
      words,
      sentenceStart: sentence.start,
      vocabulary,
      earlier,
    });
    earlier.push({ end: quantity.end, measure: measure?.text ?? null });
    const period = periods[index] ?? null;
    const rules = [...quantity.rules];
    if (change) rules.push(change.rule);
    if (measure) rules.push(measure.rule);
    if (period) rules.push(`date:${period.evidence.rule}`);
    return {
      kind: "figure-mention",
      sentence: sentence.index,
      start: quantity.start,
      end: quantity.end,
      text: text.slice(quantity.start, quantity.end),
      value: quantity.value,
      valueTo: quantity.valueTo,
      unit: quantity.unit,
      scaleApplied: quantity.scaleApplied,
      approximation: quantity.approximation,
      change: change?.direction ?? null,
      measure: measure?.text ?? null,
      date: period?.date ?? null,
      dateEvidence: period?.evidence ?? null,
      rules,
    };
  });
}
