/**
 * Whether a dictionary verb form is used as a verb here. Without a tagger the word before it
 * decides: "the bombing", "oil exports", "air strikes", "urged X to help" and "bans imposed on"
 * are not events of their own; "Israeli warplanes attacked", "has met", "also visited" are.
 */

import { loadWordList, readDataLines } from "../word-lists.js";
import { frameBefore } from "./frames.js";
import type { SentenceView } from "./sentence-view.js";
import type { Trigger } from "./triggers.js";

export interface TriggerUseWords {
  readonly nominalContext: ReadonlySet<string>;
  /** Event noun → its CAMEO code. */
  readonly eventNouns: ReadonlyMap<string, string>;
  readonly verbGroup: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  readonly frames: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
}

export function loadTriggerUseWords(frames: ReadonlySet<string>): TriggerUseWords {
  return {
    nominalContext: loadWordList("events/nominal-context.txt"),
    eventNouns: new Map(
      readDataLines("events/event-nouns.tsv").map((line) => line.split("\t") as [string, string]),
    ),
    verbGroup: loadWordList("events/verb-group-words.txt"),
    be: loadWordList("events/be-forms.txt"),
    frames,
    pronouns: loadWordList("pronouns.txt"),
  };
}

/** Words that may precede a verb whatever they are: clause joints and punctuation. */
const JOINTS = new Set([",", "and", "but", "or", "who", "which", ")", "“", '"', "—", "-", ";"]);

export type TriggerUse = "verb" | "event-noun" | "not-a-verb";

export function triggerUse(
  view: SentenceView,
  trigger: Trigger,
  words: TriggerUseWords,
  triggerStarts: ReadonlySet<number> = new Set(),
): TriggerUse {
  // A word inside an actor's name is part of the name: "Russian forces", "the Defence Ministry".
  for (let i = trigger.first; i < trigger.end; i++)
    if (view.mentionAt[i] !== -1) return "not-a-verb";
  const head = view.words[trigger.first] as string;
  const raw = view.raw[trigger.first] as string;
  const atStart = trigger.first === 0 || JOINTS.has(view.words[trigger.first - 1] as string);
  // "the United States", "the International Monetary Fund": a name, not a verb.
  if (/^\p{Lu}/u.test(raw) && !atStart) return "not-a-verb";
  if (trigger.first === 0) return words.eventNouns.has(head) ? "event-noun" : "verb";
  const previous = view.words[trigger.first - 1] as string;
  const previousRaw = view.raw[trigger.first - 1] as string;
  // "invited him to visit", "urged them to meet": an unframed infinitive is what is asked for.
  if (previous === "to") return isFramed(view, trigger.first - 1, words) ? "verb" : "not-a-verb";
  if (words.eventNouns.has(head)) return "event-noun";
  if (head.endsWith("ing")) return words.be.has(previous) ? "verb" : "not-a-verb";
  if (words.nominalContext.has(previous) || previous === "'s" || previous === "'") {
    return "not-a-verb";
  }
  if (view.mentionAt[trigger.first - 1] !== -1) return "verb";
  // "Georgia's main opposition party demanded": the head noun of an actor just before it (but
  // not a verb: "warplanes struck targets").
  const beforePrevious = trigger.first - 2;
  if (
    beforePrevious >= 0 &&
    view.mentionAt[beforePrevious] !== -1 &&
    /^\p{Ll}/u.test(previousRaw) &&
    !triggerStarts.has(trigger.first - 1)
  ) {
    return "verb";
  }
  if (JOINTS.has(previous) || words.verbGroup.has(previous) || words.be.has(previous)) {
    return "verb";
  }
  if (words.pronouns.has(previous) || previous.endsWith("ly")) return "verb";
  // "Russia on Monday attacked", "in 2014 clashed": a capitalised word or number before a verb.
  if (/^[\p{Lu}\p{N}]/u.test(previousRaw)) return "verb";
  return "not-a-verb";
}

/** "agreed to visit", "refused on Monday to meet": an intent or refusal frame. */
function isFramed(view: SentenceView, to: number, words: TriggerUseWords): boolean {
  return frameBefore(view, to, words.frames) !== null;
}
