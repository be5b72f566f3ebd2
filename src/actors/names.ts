/** Finds person-name candidates: runs of capitalised words that no dictionary explains. */

/** A run of words [start, end) in a sentence that looks like a person's name. */
export interface NameRun {
  readonly start: number;
  readonly end: number;
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const ALL_CAPS = /^[\p{Lu}\d.-]{2,}$/u;

/** Membership of word indexes; a byte mask serves where a Set would cost more. */
export interface IndexSet {
  has(index: number): boolean;
}

export interface NameContext {
  /** Tokens as written (not folded). */
  readonly raw: readonly string[];
  /** Word indexes that a dictionary phrase already covers. */
  readonly covered: IndexSet;
  /** Lower-case function words: a name word only when capitalised mid-sentence ("with To Lam"). */
  readonly functionWords: ReadonlySet<string>;
  /** Lower-case words that are capitalised but never names (months, weekdays). */
  readonly neverNames: ReadonlySet<string>;
}

/**
 * Two or more adjacent capitalised words that no dictionary explains are a name candidate.
 * A capitalised function word counts mid-sentence ("met To Lam") but not at a sentence start,
 * where capitals are grammar; nor does a sentence-initial "-ing"/"-ed" word ("Welcoming Lam").
 * @example findNameRuns({ raw: ["Foreign", "Minister", "Wang", "Yi", "said"], covered: new Set([0, 1]), functionWords, neverNames }) // [{ start: 2, end: 4 }]
 */
export function findNameRuns(context: NameContext): NameRun[] {
  const runs: NameRun[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start !== -1 && end - start >= 2) runs.push({ start, end });
    start = -1;
  };
  context.raw.forEach((word, index) => {
    if (isNameWord(context, word, index)) {
      if (start === -1) start = index;
    } else {
      close(index);
    }
  });
  close(context.raw.length);
  return runs;
}

/** One capitalised word that may belong to a name. */
export function isNameWord(context: NameContext, word: string, index: number): boolean {
  if (context.covered.has(index) || !NAME_WORD.test(word) || ALL_CAPS.test(word)) return false;
  const lower = word.toLowerCase();
  if (context.neverNames.has(lower)) return false;
  if (index === 0) return !context.functionWords.has(lower) && !/(?:ing|ed|ly)$/.test(lower);
  return true;
}
