/**
 * Who acts and who is acted upon, without a parser: the actor mentions around a trigger word,
 * with appositions and relative clauses skipped and coordinated actors collected.
 */

import { loadWordList } from "../word-lists.js";
import type { PlacedMention, SentenceView } from "./sentence-view.js";

export interface StructureWords {
  /** Words no subject or object search crosses: ";", quotes, "that", "because", ... */
  readonly boundaries: ReadonlySet<string>;
  /** Words that open a relative clause after a comma: "who", "which". */
  readonly relatives: ReadonlySet<string>;
  /** Words that join coordinated actors: "and", "&". */
  readonly conjunctions: ReadonlySet<string>;
}

export function loadStructureWords(): StructureWords {
  return {
    boundaries: loadWordList("events/clause-boundaries.txt"),
    relatives: loadWordList("events/relative-pronouns.txt"),
    conjunctions: new Set(["and", "&"]),
  };
}

const SUBJECT_PRONOUNS = new Set(["it", "they", "we"]);
const REPORTING = new Set(["said", "says", "say", "announced", "added", "stated"]);

/** How far (in words) the searches look; news subjects rarely sit further from their verb. */
const SUBJECT_REACH = 40;
const OBJECT_REACH = 10;

export interface Found {
  readonly mentions: readonly PlacedMention[];
  readonly rule: string;
}

const NONE: Found = { mentions: [], rule: "" };

/**
 * The subject of the trigger at word `at`: the nearest actor before it in the same clause,
 * skipping parentheticals set off by commas after an actor ("Lam, who arrived on Sunday, met"),
 * plus the actors coordinated with it ("Xi, ..., and Lam, ..., reaffirmed").
 */
export function subjectBefore(view: SentenceView, at: number, words: StructureWords): Found {
  const relative = relativeAntecedent(view, at, words);
  if (relative) return relative;
  let i = at - 1;
  const stop = Math.max(0, at - SUBJECT_REACH);
  let pronoun = false;
  while (i >= stop) {
    const word = view.words[i] as string;
    // "..., and they also witnessed": a plural pronoun right before its verb is the sentence's
    // coordinated subject.
    if (word === "they" && at - i <= 5 && view.mentionAt[i] === -1) {
      const subject = sentenceSubject(view, words);
      if (subject.length >= 2) return { mentions: subject, rule: "subject:they-sentence-subject" };
    }
    if (SUBJECT_PRONOUNS.has(word) && view.mentionAt[i] === -1) pronoun = true;
    // "Venezuela said it would free ...": an unresolved "it" after "said" is the speaker.
    if (pronoun && REPORTING.has(word)) {
      const speaker = subjectBefore(view, i, words);
      return speaker.mentions.length > 0
        ? { ...speaker, rule: "subject:speaker-of-pronoun" }
        : NONE;
    }
    const m = view.mentionAt[i] as number;
    if (m >= 0 && isCoded(view.mentions[m] as PlacedMention)) {
      const head = view.mentions[m] as PlacedMention;
      return { mentions: coordinatedBefore(view, head, words), rule: "subject:nearest-before" };
    }
    if (word === ",") {
      const skipTo = parentheticalStart(view, i, words);
      if (skipTo !== null) {
        i = skipTo - 1;
        continue;
      }
    }
    if (words.boundaries.has(word)) return NONE;
    i--;
  }
  return NONE;
}

/**
 * "Lam, who arrived in Beijing on Sunday": inside a relative clause the subject is the actor
 * just before ", who".
 */
function relativeAntecedent(view: SentenceView, at: number, words: StructureWords): Found | null {
  for (let i = at - 1; i > 0 && at - i <= 6; i--) {
    const word = view.words[i] as string;
    if (view.mentionAt[i] !== -1 || words.boundaries.has(word) || word === ",") return null;
    if (words.relatives.has(word) && view.words[i - 1] === ",") {
      const m = view.mentionAt[i - 2] ?? -1;
      if (m < 0) return null;
      return { mentions: [view.mentions[m] as PlacedMention], rule: "subject:relative-clause" };
    }
  }
  return null;
}

/**
 * For a comma at `comma` (scanning leftwards), where the parenthetical it closes starts, if the
 * words before its opening comma end an actor mention: an apposition or relative clause to skip.
 */
function parentheticalStart(view: SentenceView, comma: number, words: StructureWords) {
  for (let i = comma - 1; i > 0 && comma - i <= 30; i--) {
    const word = view.words[i] as string;
    if (words.boundaries.has(word)) return null;
    if (word !== ",") continue;
    return (view.mentionAt[i - 1] ?? -1) >= 0 ? i : null;
  }
  return null;
}

/** The mention and those coordinated before it: "A and B", "A, B and C", "A, <apposition>, and B". */
function coordinatedBefore(
  view: SentenceView,
  head: PlacedMention,
  words: StructureWords,
): PlacedMention[] {
  const found = [head];
  let current = head;
  for (;;) {
    let i = current.first - 1;
    // "... and Jordanian Foreign Minister Omar Khatib": titles may stand after the "and".
    for (
      let k = 0;
      k < 4 && i > 0 && /^\p{Lu}/u.test(view.raw[i] ?? "") && view.mentionAt[i] === -1;
      k++
    )
      i--;
    if (!words.conjunctions.has(view.words[i] ?? "") && view.words[i] !== ",") break;
    i--;
    if (view.words[i] === ",") {
      const skipTo = parentheticalStart(view, i, words);
      if (skipTo !== null) i = skipTo - 1;
      else i--;
    }
    const m = view.mentionAt[i] ?? -1;
    if (m < 0) break;
    current = view.mentions[m] as PlacedMention;
    if (current.end !== i + 1) break;
    found.unshift(current);
  }
  return found;
}

/**
 * The object after the trigger ending at word `from`: the first actor within reach, not across a
 * clause boundary or comma, with actors coordinated after it ("met A and B").
 */
export function objectAfter(
  view: SentenceView,
  from: number,
  words: StructureWords,
  reach = OBJECT_REACH,
): Found {
  const limit = Math.min(view.words.length, from + reach);
  for (let i = from; i < limit; i++) {
    const word = view.words[i] as string;
    const m = view.mentionAt[i] as number;
    if (m >= 0 && isCoded(view.mentions[m] as PlacedMention)) {
      const first = view.mentions[m] as PlacedMention;
      const head = personAfterTitles(view, first) ?? first;
      return { mentions: coordinatedAfter(view, head, words), rule: "object:first-after" };
    }
    if (word === "," || words.boundaries.has(word)) break;
  }
  return NONE;
}

/** Whether a mention says who it is: a country or code, or members ("the two sides"). */
export function isCoded({ mention }: PlacedMention): boolean {
  if (POSSESSIVE_PRONOUNS.has(mention.text.toLowerCase())) return false;
  return (
    mention.country !== null ||
    mention.code !== null ||
    mention.sector !== null ||
    (mention.members?.length ?? 0) > 0
  );
}

/** "his Afghan counterpart": a possessive pronoun is a determiner here, not the object. */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their"]);

/** Words a chain of titles is made of besides capitalised ones: "Secretary of the CPC and ...". */
const TITLE_GLUE = new Set(["of", "the", "and", "(", ")", "'s", "'"]);

/**
 * "Chairman of China's Central Military Commission and Chinese President Xi Jinping": a
 * country or organisation inside a chain of titles is not the object; the person the titles
 * belong to is.
 */
function personAfterTitles(view: SentenceView, first: PlacedMention): PlacedMention | undefined {
  if (first.mention.type === "person") return undefined;
  for (let i = first.end; i < view.words.length && i - first.end <= 16; i++) {
    const m = view.mentionAt[i] as number;
    if (m >= 0) {
      const next = view.mentions[m] as PlacedMention;
      if (next.mention.type === "person") return next;
      i = next.end - 1;
      continue;
    }
    const raw = view.raw[i] as string;
    if (!TITLE_GLUE.has(view.words[i] as string) && !/^\p{Lu}/u.test(raw)) return undefined;
  }
  return undefined;
}

function coordinatedAfter(view: SentenceView, head: PlacedMention, words: StructureWords) {
  const found = [head];
  let current = head;
  for (;;) {
    const joiner = view.words[current.end] ?? "";
    if (!words.conjunctions.has(joiner)) break;
    const m = view.mentionAt[current.end + 1] ?? -1;
    if (m < 0) break;
    current = view.mentions[m] as PlacedMention;
    found.push(current);
  }
  return found;
}

/** The actor right after word `at` (for a pattern's "+" or "$" slot), allowing a determiner. */
export function mentionStartingNear(view: SentenceView, at: number, slack = 3) {
  for (let i = at; i < view.words.length && i <= at + slack; i++) {
    const m = view.mentionAt[i] as number;
    if (m >= 0) return view.mentions[m] as PlacedMention;
    const word = view.words[i] as string;
    if (word === "," || word === ";") return undefined;
  }
  return undefined;
}

/** "the talks between A and B": the actors after "between" act on each other. */
export function between(
  view: SentenceView,
  trigger: { readonly end: number },
  words: StructureWords,
): Found | undefined {
  if (view.words[trigger.end] !== "between") return undefined;
  const found = objectAfter(view, trigger.end + 1, words, 4);
  return found.mentions.length >= 2 ? { ...found, rule: "source:between" } : undefined;
}

/**
 * The actors a sentence opens with, and those coordinated with them across appositions:
 * "Ruto, president of Kenya since 2022, and Museveni, the host, praised their meeting".
 */
export function sentenceSubject(view: SentenceView, words: StructureWords): PlacedMention[] {
  const first = view.mentions.find((m) => isCoded(m));
  if (!first || first.first > 8) return [];
  const found = [first];
  let current = first;
  for (;;) {
    let i = current.end;
    if (view.words[i] === ",") {
      // Skip an apposition up to its closing comma.
      let close = i + 1;
      while (close < view.words.length && close - i <= 30 && view.words[close] !== ",") close++;
      if (view.words[close] !== ",") break;
      i = close + 1;
    }
    if (!words.conjunctions.has(view.words[i] ?? "")) break;
    i++;
    while (i < view.words.length && view.mentionAt[i] === -1 && /^\p{Lu}/u.test(view.raw[i] ?? ""))
      i++;
    const m = view.mentionAt[i] ?? -1;
    if (m < 0) break;
    current = view.mentions[m] as PlacedMention;
    if (!isCoded(current)) break;
    found.push(current);
  }
  return found;
}
