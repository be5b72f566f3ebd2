/**
 * The word lists of data/figures/ as lookups and patterns, loaded once per stage: currencies,
 * scale words, units, counted nouns, approximations, change words and the words that name or
 * bound a measure.
 */

import { readDataLines } from "../word-lists.js";
import { alternation, endingHere, NOT_WORD_AFTER, NOT_WORD_BEFORE } from "./patterns.js";

export type ChangeDirection = "increase" | "decrease";

export interface ChangeVerb {
  readonly direction: ChangeDirection;
  /** Counts only with "by": "cut rates by 0.5 points", not "cut 1,200 jobs". */
  readonly onlyWithBy: boolean;
}

export interface FigureVocabulary {
  /** Currency symbols and codes by written form, case kept: "$", "HK$", "VND". */
  readonly currencyBefore: ReadonlyMap<string, string>;
  /** Run at a number (`endingAt`): a currency form (group 2) and an optional space before it. */
  readonly currencyBeforePattern: RegExp;
  /** Currency words after a number by lower-cased form, codes by form as written. */
  readonly currencyAfter: ReadonlyMap<string, string>;
  /** Sticky: whitespace, then a currency word in any case (group 1). */
  readonly currencyWordAfterPattern: RegExp;
  /** Sticky: optional whitespace, then a currency code or symbol as written (group 1). */
  readonly currencyCodeAfterPattern: RegExp;
  /** Multiplier of each scale form, lower case. */
  readonly scales: ReadonlyMap<string, number>;
  /** Sticky: a space or hyphen, then a scale word (group 1). */
  readonly scaleWordPattern: RegExp;
  /** Sticky: a scale suffix touching the number (group 1): "bn", "mn". */
  readonly scaleSuffixPattern: RegExp;
  /** Sticky: a scale suffix that only money takes (group 1): "m", "k". */
  readonly moneySuffixPattern: RegExp;
  /** Unit of each unit form, lower case. */
  readonly units: ReadonlyMap<string, string>;
  /** Sticky: optional space or hyphen, then a unit form (group 1). */
  readonly unitPattern: RegExp;
  /** Unit of each counted noun ("soldiers" → "troops"), lower case; phrases of up to two words. */
  readonly countNouns: ReadonlyMap<string, string>;
  /** Run at a figure (`endingAt`): an approximation phrase (group 2) and whitespace before it. */
  readonly approximationBeforePattern: RegExp;
  /** Sticky: whitespace and an approximation that follows the figure (group 1). */
  readonly approximationAfterPattern: RegExp;
  readonly changeVerbs: ReadonlyMap<string, ChangeVerb>;
  readonly changeNouns: ReadonlyMap<string, ChangeDirection>;
  readonly comparatives: ReadonlyMap<string, ChangeDirection>;
  readonly measureNouns: ReadonlySet<string>;
  readonly outcomeWords: ReadonlySet<string>;
  /** Level verbs, lower case, phrases of up to two words ("stood at"). */
  readonly levelVerbs: ReadonlySet<string>;
  readonly stopWords: ReadonlySet<string>;
  /** Nouns a share is taken of without being what it measures: "4.5 percent of GDP". */
  readonly shareBases: ReadonlySet<string>;
  /** Run at a number (`endingAt`): a label word and optional space before it: "Resolution ". */
  readonly codeWordBeforePattern: RegExp;
  /** Sticky: whitespace, then a word that makes the number a duration, age or time. */
  readonly nonQuantityAfterPattern: RegExp;
  /** Spelled number words by role, lower case. */
  readonly numberWords: ReadonlyMap<string, "number" | "joiner" | "fraction">;
  /** First words (lower case) of what may follow a number, so other words skip the patterns. */
  readonly firstWordsAfter: FirstWordsAfter;
  /** Last words (lower case) of what may precede a number, so other words skip the patterns. */
  readonly lastWordsBefore: LastWordsBefore;
}

export interface FirstWordsAfter {
  readonly currency: ReadonlySet<string>;
  readonly unit: ReadonlySet<string>;
  readonly scale: ReadonlySet<string>;
  readonly nonQuantity: ReadonlySet<string>;
  readonly approximation: ReadonlySet<string>;
}

export interface LastWordsBefore {
  readonly currency: ReadonlySet<string>;
  readonly approximation: ReadonlySet<string>;
  readonly codeWord: ReadonlySet<string>;
}

let bundled: FigureVocabulary | undefined;

/**
 * The vocabulary in data/figures/, read on first use.
 * @example loadFigureVocabulary().currencyBefore.get("HK$") // "HKD"
 */
export function loadFigureVocabulary(): FigureVocabulary {
  bundled ??= buildVocabulary(readFigureData);
  return bundled;
}

/** The lines of one data/figures/ file. */
function readFigureData(name: string): string[] {
  return readDataLines(`figures/${name}`);
}

/** Rows of a tab-separated data file, each with exactly `width` fields. */
function rows(lines: readonly string[], name: string, width: number): string[][] {
  return lines.map((line) => {
    const fields = line.split("\t");
    if (fields.length !== width) throw new Error(`data/figures/${name}: bad row "${line}"`);
    return fields;
  });
}

/**
 * Builds the vocabulary from data files read by `read` (a file name → its entries).
 * @example buildVocabulary((name) => readDataLines(`figures/${name}`))
 */
export function buildVocabulary(read: (name: string) => string[]): FigureVocabulary {
  const table = (name: string, width: number) => rows(read(name), name, width);
  const currencyBefore = new Map<string, string>();
  const currencyAfter = new Map<string, string>();
  for (const [form = "", code = "", where] of table("currencies.tsv", 3)) {
    if (where === "before" || where === "both") currencyBefore.set(form, code);
    if (where === "after" || where === "both") currencyAfter.set(caseKey(form), code);
    if (!["before", "after", "both"].includes(where ?? "")) {
      throw new Error(`data/figures/currencies.tsv: bad position "${where}"`);
    }
  }
  const currencyWords = [...currencyAfter.keys()].filter((form) => /\p{Ll}/u.test(form));
  const currencyCodes = [...currencyAfter.keys()].filter((form) => !/\p{Ll}/u.test(form));

  const scales = new Map<string, number>();
  const scaleForms = {
    word: [] as string[],
    suffix: [] as string[],
    "money-suffix": [] as string[],
  };
  for (const [form = "", multiplier = "", use = ""] of table("scale-words.tsv", 3)) {
    if (!(use in scaleForms)) throw new Error(`data/figures/scale-words.tsv: bad use "${use}"`);
    scales.set(form.toLowerCase(), Number(multiplier));
    scaleForms[use as keyof typeof scaleForms].push(form);
  }

  const units = new Map(
    table("units.tsv", 2).map(([form = "", unit = ""]) => [form.toLowerCase(), unit]),
  );
  const countNouns = new Map(
    table("count-nouns.tsv", 2).map(([noun = "", unit = ""]) => [noun.toLowerCase(), unit]),
  );
  const approximations = table("approximations.tsv", 2);
  const approximationsWhere = (where: string) =>
    approximations.filter(([, w]) => w === where).map(([phrase = ""]) => phrase);

  const changeVerbs = new Map<string, ChangeVerb>();
  const changeNouns = new Map<string, ChangeDirection>();
  const comparatives = new Map<string, ChangeDirection>();
  for (const [word = "", direction = "", where = ""] of table("change-words.tsv", 3)) {
    if (direction !== "increase" && direction !== "decrease") {
      throw new Error(`data/figures/change-words.tsv: bad direction "${direction}"`);
    }
    const key = word.toLowerCase();
    if (where === "verb" || where === "verb-by") {
      changeVerbs.set(key, { direction, onlyWithBy: where === "verb-by" });
    } else if (where === "noun") changeNouns.set(key, direction);
    else if (where === "comparative") comparatives.set(key, direction);
    else throw new Error(`data/figures/change-words.tsv: bad position "${where}"`);
  }

  const numberWords = new Map<string, "number" | "joiner" | "fraction">();
  for (const [word = "", role = ""] of table("number-words.tsv", 2)) {
    if (role !== "number" && role !== "joiner" && role !== "fraction") {
      throw new Error(`data/figures/number-words.tsv: bad role "${role}"`);
    }
    numberWords.set(word.toLowerCase(), role);
  }

  const lower = (name: string) => new Set(read(name).map((word) => word.toLowerCase()));
  const codeWords = read("code-words.txt");
  const nonQuantityWords = read("non-quantity-words.txt");
  const firstWordsAfter: FirstWordsAfter = {
    currency: firstWords(currencyAfter.keys()),
    unit: firstWords(units.keys()),
    scale: firstWords(scaleForms.word),
    nonQuantity: firstWords(nonQuantityWords),
    approximation: firstWords(approximationsWhere("after")),
  };
  const lastWordsBefore: LastWordsBefore = {
    currency: lastWords(currencyBefore.keys()),
    approximation: lastWords(approximationsWhere("before")),
    codeWord: lastWords(codeWords),
  };
  return {
    firstWordsAfter,
    lastWordsBefore,
    currencyBefore,
    currencyBeforePattern: endingHere(
      `${NOT_WORD_BEFORE}(${alternation(currencyBefore.keys())}) ?`,
      "u",
    ),
    currencyAfter,
    currencyWordAfterPattern: new RegExp(
      `\\s+(${alternation(currencyWords)})${NOT_WORD_AFTER}`,
      "iuy",
    ),
    currencyCodeAfterPattern: new RegExp(
      `\\s*(${alternation(currencyCodes)})${NOT_WORD_AFTER}`,
      "uy",
    ),
    scales,
    scaleWordPattern: new RegExp(
      `[\\s-]+(${alternation(scaleForms.word)})${NOT_WORD_AFTER}`,
      "iuy",
    ),
    scaleSuffixPattern: new RegExp(`(${alternation(scaleForms.suffix)})${NOT_WORD_AFTER}`, "iuy"),
    moneySuffixPattern: new RegExp(
      `(${alternation(scaleForms["money-suffix"])})${NOT_WORD_AFTER}`,
      "iuy",
    ),
    units,
    unitPattern: new RegExp(`(?:\\s*|-)(${alternation(units.keys())})${NOT_WORD_AFTER}`, "iuy"),
    countNouns,
    approximationBeforePattern: endingHere(
      `${NOT_WORD_BEFORE}(${alternation(approximationsWhere("before"))})\\s+`,
      "iu",
    ),
    approximationAfterPattern: new RegExp(
      `\\s+(${alternation(approximationsWhere("after"))})${NOT_WORD_AFTER}`,
      "iuy",
    ),
    changeVerbs,
    changeNouns,
    comparatives,
    measureNouns: lower("measure-nouns.txt"),
    outcomeWords: lower("outcome-words.txt"),
    levelVerbs: lower("level-verbs.txt"),
    stopWords: lower("measure-stop-words.txt"),
    shareBases: lower("share-bases.txt"),
    codeWordBeforePattern: endingHere(`${NOT_WORD_BEFORE}(?:${alternation(codeWords)})\\s*`, "iu"),
    nonQuantityAfterPattern: new RegExp(
      `(?:\\s+|-)(${alternation(nonQuantityWords)})(?![\\p{L}\\p{N}])`,
      "iuy",
    ),
    numberWords,
  };
}

/** The first word of each phrase, lower case, as `wordAfter` reads it: "a.m." → "a.m". */
function firstWords(phrases: Iterable<string>): Set<string> {
  return new Set(
    [...phrases].map((phrase) => (phrase.toLowerCase().split(/\s+/)[0] ?? "").replace(/\.$/, "")),
  );
}

/** The last word of each phrase, lower case: "more than" → "than". */
function lastWords(phrases: Iterable<string>): Set<string> {
  return new Set([...phrases].map((phrase) => phrase.toLowerCase().split(/\s+/).at(-1) ?? ""));
}

/** Words are looked up in lower case; codes and symbols as written ("TRY" is not "try"). */
function caseKey(form: string): string {
  return /\p{Ll}/u.test(form) ? form.toLowerCase() : form;
}
