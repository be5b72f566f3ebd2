/**
 * Whether a trigger reports a fact: negation, future, conditionals and "agreed to"/"refused to"
 * frames change what (or whether) it codes.
 */

import { readDataLines, loadWordList } from "../word-lists.js";
import { frameBefore } from "./frames.js";
import type { SentenceView } from "./sentence-view.js";
import type { Trigger } from "./triggers.js";

export interface ModalityWords {
  readonly negation: ReadonlySet<string>;
  readonly future: ReadonlySet<string>;
  readonly conditional: ReadonlySet<string>;
  readonly intentVerbs: ReadonlySet<string>;
  readonly refusalVerbs: ReadonlySet<string>;
  /** Intent and refusal verbs together: the words a "to" may hang on. */
  readonly frames: ReadonlySet<string>;
  readonly boundaries: ReadonlySet<string>;
  /** Root of a cooperative act → the CAMEO intent code for it. */
  readonly intentCodes: ReadonlyMap<string, string>;
  /** Root of a cooperative act → the CAMEO code for refusing it. */
  readonly refusalCodes: ReadonlyMap<string, string>;
}

export function loadModalityWords(boundaries: ReadonlySet<string>): ModalityWords {
  const intentVerbs = loadWordList("events/intent-verbs.txt");
  const refusalVerbs = loadWordList("events/refusal-verbs.txt");
  return {
    negation: loadWordList("events/negation-words.txt"),
    future: loadWordList("events/future-words.txt"),
    conditional: loadWordList("events/conditional-words.txt"),
    intentVerbs,
    refusalVerbs,
    frames: new Set([...intentVerbs, ...refusalVerbs]),
    boundaries,
    intentCodes: codeTable("events/intent-codes.tsv"),
    refusalCodes: codeTable("events/refusal-codes.tsv"),
  };
}

function codeTable(name: string): ReadonlyMap<string, string> {
  return new Map(readDataLines(name).map((line) => line.split("\t") as [string, string]));
}

export type Modality =
  | { readonly kind: "fact" }
  | { readonly kind: "negated"; readonly word: string }
  | { readonly kind: "hypothetical"; readonly word: string }
  | { readonly kind: "intent"; readonly word: string }
  | { readonly kind: "refusal"; readonly word: string };

/** How far back the verb group of a trigger reaches: "has not yet been able to". */
const VERB_GROUP = 4;

/**
 * Reads the words before the trigger, back to the nearest actor or clause boundary:
 * "did not meet" is negated, "will visit" and "plans to visit" are intentions, "refused to meet"
 * a refusal, "if they attack" hypothetical.
 */
export function modalityOf(
  view: SentenceView,
  trigger: Trigger,
  words: ModalityWords,
  clauseWide = false,
): Modality {
  if (view.words[view.words.length - 1] === "?") return { kind: "hypothetical", word: "?" };
  for (let i = trigger.first - 1; i >= 0; i--) {
    const word = view.words[i] as string;
    if (words.conditional.has(word)) return { kind: "hypothetical", word };
    if (words.boundaries.has(word) || word === ",") break;
  }
  // An event noun takes the modality of its clause: "will travel to Ottawa next week for talks".
  const reach = clauseWide ? view.words.length : VERB_GROUP;
  for (let i = trigger.first - 1; i >= 0 && trigger.first - i <= reach; i--) {
    const word = view.words[i] as string;
    if (words.boundaries.has(word) || word === ",") break;
    if (view.mentionAt[i] !== -1 && !clauseWide) break;
    if (words.negation.has(word)) return { kind: "negated", word };
    if (word === "to") {
      const frame = frameBefore(view, i, words.frames) ?? "";
      if (words.refusalVerbs.has(frame)) return { kind: "refusal", word: frame };
      if (words.intentVerbs.has(frame)) return { kind: "intent", word: frame };
    }
    if (words.future.has(word)) return { kind: "intent", word };
  }
  return { kind: "fact" };
}

/** The code a modality turns a cooperative code into, or null when it codes no event. */
export function codeUnder(modality: Modality, code: string, words: ModalityWords): string | null {
  const root = code.slice(0, 2);
  switch (modality.kind) {
    case "fact":
      return code;
    case "negated":
    case "hypothetical":
      return null;
    case "intent":
      // Statements, appeals and intentions are already verbal: "will urge" is still an appeal.
      if (root <= "03") return code;
      return words.intentCodes.get(root) ?? null;
    case "refusal":
      return words.refusalCodes.get(root) ?? null;
  }
}
