/** The actor-mentions stage: dictionary actors in each sentence, composed into coded mentions. */

import { readFileSync } from "node:fs";
import type { ActorMention, ActorType, Document } from "../model/index.js";
import type { StageDefinition } from "../pipeline/stage.js";
import type { Lexicon, LexiconMatch, LexiconSense } from "./lexicon.js";
import { codeAt, splitCode } from "./phrase.js";
import { foldWord } from "./words.js";

export interface ActorMentionsConfig {
  readonly lexicon: Lexicon;
  /** Words after which a place is a location, not an actor (data/locative-prepositions.txt). */
  readonly locatives?: ReadonlySet<string>;
}

/**
 * Finds countries, capitals used for their governments, organisations, known people and sector
 * nouns, and composes "Peru's Interior Ministry" or "Chinese Foreign Minister Wang Yi" into one
 * mention. A country after "in"/"at"/... is a place and is left to the location stage.
 */
export const actorMentionsStage: StageDefinition<ActorMentionsConfig> = {
  name: "actor-mentions",
  requires: ["text", "sentences", "tokens", "language"],
  assigns: ["actorMentions"],
  englishOnly: true,
  create: (config) => {
    const locatives = config.locatives ?? loadLocatives();
    return (document) => ({
      ...document,
      actorMentions: findMentions(document, config.lexicon, locatives),
    });
  },
};

export function loadLocatives(): ReadonlySet<string> {
  const file = new URL("../../data/locative-prepositions.txt", import.meta.url);
  return new Set(
    readFileSync(file, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
}

type ActorSense = Extract<LexiconSense, { kind: "actor" }>;
type PlaceSense = Extract<LexiconSense, { kind: "country" | "adjective" | "capital" }>;
type AgentSense = Extract<LexiconSense, { kind: "agent" }>;

/** Possessive markers may stand between a country and its sector noun: "Peru's Interior Ministry". */
const POSSESSIVE = new Set(["'s", "'"]);

function findMentions(
  document: Document,
  lexicon: Lexicon,
  locatives: ReadonlySet<string>,
): ActorMention[] {
  const { text } = document;
  const tokens = document.tokens ?? [];
  const mentions: ActorMention[] = [];
  for (const sentence of document.sentences ?? []) {
    const spans = tokens.slice(sentence.firstToken, sentence.endToken);
    const words = spans.map((t) => foldWord(text.slice(t.start, t.end)));
    const matches = lexicon.matchAll(words);
    for (let i = 0; i < matches.length;) {
      const group = composeAt(matches, i, words);
      i += group.length;
      const mention = toMention(group, words, locatives, lexicon.sectors, document.meta.published);
      if (!mention) continue;
      const first = spans[mention.startWord];
      const last = spans[mention.endWord - 1];
      if (!first || !last) continue;
      mentions.push({
        kind: "actor-mention",
        sentence: sentence.index,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        ...mention.coded,
        name: mention.coded.name ?? text.slice(first.start, last.end),
      });
    }
  }
  return mentions;
}

/** The matches from `i` that form one noun phrase: [place ['s]] [agent]* [known actor]. */
function composeAt(matches: readonly LexiconMatch[], i: number, words: readonly string[]) {
  const group: LexiconMatch[] = [matches[i] as LexiconMatch];
  for (let j = i + 1; j < matches.length; j++) {
    const previous = group[group.length - 1] as LexiconMatch;
    const next = matches[j] as LexiconMatch;
    const gap = words.slice(previous.end, next.start);
    const adjacent = gap.length === 0 || (gap.length === 1 && POSSESSIVE.has(gap[0] as string));
    if (!adjacent || has(previous, "actor") || !(has(next, "agent") || has(next, "actor"))) break;
    group.push(next);
  }
  return group;
}

function has(match: LexiconMatch, kind: LexiconSense["kind"]): boolean {
  return match.senses.some((s) => s.kind === kind);
}

interface Coded {
  readonly startWord: number;
  readonly endWord: number;
  /** `name` is null when the mention's own text is its name. */
  readonly coded: Pick<ActorMention, "type" | "code" | "country" | "sector" | "rules"> & {
    readonly name: string | null;
  };
}

function toMention(
  group: readonly LexiconMatch[],
  words: readonly string[],
  locatives: ReadonlySet<string>,
  sectors: ReadonlySet<string>,
  date: string | null,
): Coded | null {
  const first = group[0] as LexiconMatch;
  const last = group[group.length - 1] as LexiconMatch;
  const range = { startWord: first.start, endWord: last.end };
  const rules: string[] = [];
  let place: PlaceSense | undefined;
  let agent: AgentSense | undefined;
  let actor: ActorSense | undefined;
  for (const match of group) {
    for (const sense of match.senses) {
      if (sense.kind === "actor") actor ??= sense;
      else if (sense.kind === "agent") agent = sense;
      else place ??= sense;
    }
  }

  if (actor) {
    const titled = [place, agent].filter((s) => s !== undefined).map((s) => s.rule);
    const code = codeAt(actor, date);
    const split = code ? splitCode(code, sectors) : { country: null, sector: null };
    const type: ActorType = actor.type;
    return {
      ...range,
      coded: { type, name: actor.name, code, ...split, rules: [...titled, actor.rule] },
    };
  }
  if (place && agent) {
    rules.push(place.rule, agent.rule);
    const sector = agent.sector.slice(0, 3);
    return {
      ...range,
      coded: {
        type: "group",
        name: null,
        code: `${place.country}${agent.sector}`,
        country: place.country,
        sector,
        rules,
      },
    };
  }
  if (agent) {
    return {
      ...range,
      coded: {
        type: "group",
        name: null,
        code: null,
        country: null,
        sector: agent.sector.slice(0, 3),
        rules: [agent.rule],
      },
    };
  }
  if (place && place.kind !== "adjective") {
    const before = words[range.startWord - 1];
    const previous = before === "the" ? words[range.startWord - 2] : before;
    if (previous !== undefined && locatives.has(previous)) return null;
    const metonym = place.kind === "capital" ? ["capital-as-government"] : [];
    return {
      ...range,
      coded: {
        type: "country",
        name: null,
        code: place.country,
        country: place.country,
        sector: null,
        rules: [place.rule, ...metonym],
      },
    };
  }
  return null;
}
