/** The word lists the quotes stage reads from data/quotes/, parsed and checked once. */

import { dataLines, loadWordList, readDataLines } from "../word-lists.js";

/** What a reporting verb can attribute (see the header of data/quotes/speech-verbs.txt). */
export interface SpeechVerb {
  /** Reports a clause with or without "that". */
  readonly clause: boolean;
  /** Reports a clause only after "that". */
  readonly that: boolean;
  /** A listener may stand between the verb and what was said ("told reporters"). */
  readonly recipient: boolean;
  /** Its speaker is the subject of the sentence ("..., saying ..."). */
  readonly participle: boolean;
  /** Only attributes a quoted fragment after it ("called the vote 'a farce'"). */
  readonly fragment: boolean;
}

export interface QuoteWords {
  readonly verbs: ReadonlyMap<string, SpeechVerb>;
  /** First word of a two-word source phrase ("according") → its second word ("to"). */
  readonly sourcePhrases: ReadonlyMap<string, string>;
  /** For each lower-case first letter a–z, a bit per length (1–31) some cue word has. */
  readonly cueLengths: Uint32Array;
  readonly gapWords: ReadonlySet<string>;
  readonly adjunctPrepositions: ReadonlySet<string>;
  readonly adjunctWords: ReadonlySet<string>;
  readonly recipientWords: ReadonlySet<string>;
  readonly spokespersonNouns: ReadonlySet<string>;
  readonly speakerPrepositions: ReadonlySet<string>;
  readonly notClauseStarts: ReadonlySet<string>;
  readonly beForms: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** "and", "but": a verb after one shares the subject of the verb before it. */
  readonly conjunctions: ReadonlySet<string>;
  /** "not", "to" before a verb: nothing was said ("did not say", "declined to say"). */
  readonly negations: ReadonlySet<string>;
  /** he/she/...: a speaker the actor stage could not resolve is then the previous speaker. */
  readonly pronouns: ReadonlySet<string>;
}

const VERB_USES = new Set(["clause", "that", "quote", "recipient", "participle", "fragment"]);

/**
 * Parses the text of data/quotes/speech-verbs.txt; throws on an entry it could not use, so a typo
 * in the data does not silently drop a verb.
 * @example parseSpeechVerbs("said clause\nstressed that").get("stressed")?.that // true
 */
export function parseSpeechVerbs(text: string): Map<string, SpeechVerb> {
  const verbs = new Map<string, SpeechVerb>();
  for (const line of dataLines(text)) {
    const [word = "", usesField = "", ...rest] = line.split(/\s+/);
    const uses = usesField.split(",");
    if (word === "" || rest.length > 0 || uses.some((use) => !VERB_USES.has(use))) {
      throw new Error(`quotes/speech-verbs.txt: cannot use entry "${line}"`);
    }
    if (word !== word.toLowerCase() || word.length > 31) {
      throw new Error(`quotes/speech-verbs.txt: "${word}" must be lower case and short`);
    }
    verbs.set(word, {
      clause: uses.includes("clause"),
      that: uses.includes("that"),
      recipient: uses.includes("recipient"),
      participle: uses.includes("participle"),
      fragment: uses.includes("fragment"),
    });
  }
  return verbs;
}

function parseSourcePhrases(lines: readonly string[]): Map<string, string> {
  const phrases = new Map<string, string>();
  for (const line of lines) {
    const [first = "", second = "", ...rest] = line.split(/\s+/);
    if (second === "" || rest.length > 0 || first !== first.toLowerCase()) {
      throw new Error(`quotes/source-phrases.txt: cannot use entry "${line}"`);
    }
    phrases.set(first, second);
  }
  return phrases;
}

/** The length filter lets the stage skip most tokens without slicing the text. */
function cueLengthBits(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(26);
  for (const word of words) {
    const letter = word.charCodeAt(0) - 97;
    if (letter < 0 || letter >= 26 || word.length > 31) continue;
    bits[letter] = (bits[letter] as number) | (1 << word.length);
  }
  return bits;
}

let loaded: QuoteWords | undefined;

/**
 * Reads data/quotes/ once and caches it.
 * @example loadQuoteWords().verbs.get("said")?.clause // true
 */
export function loadQuoteWords(): QuoteWords {
  if (loaded !== undefined) return loaded;
  const verbs = parseSpeechVerbs(readDataLines("quotes/speech-verbs.txt").join("\n"));
  const sourcePhrases = parseSourcePhrases(readDataLines("quotes/source-phrases.txt"));
  loaded = {
    verbs,
    sourcePhrases,
    cueLengths: cueLengthBits([...verbs.keys(), ...sourcePhrases.keys()]),
    gapWords: loadWordList("quotes/attribution-gap-words.txt"),
    adjunctPrepositions: loadWordList("quotes/adjunct-prepositions.txt"),
    adjunctWords: loadWordList("quotes/adjunct-words.txt"),
    recipientWords: loadWordList("quotes/recipient-words.txt"),
    spokespersonNouns: loadWordList("quotes/spokesperson-nouns.txt"),
    speakerPrepositions: loadWordList("quotes/speaker-prepositions.txt"),
    notClauseStarts: loadWordList("quotes/not-clause-starts.txt"),
    beForms: loadWordList("quotes/be-forms.txt"),
    determiners: loadWordList("quotes/determiners.txt"),
    conjunctions: loadWordList("quotes/conjunctions.txt"),
    negations: loadWordList("quotes/negation-words.txt"),
    pronouns: loadWordList("pronouns.txt"),
  };
  return loaded;
}
