/** The actor-mentions stage: dictionary actors in each sentence, composed into coded mentions. */

import type { ActorMention, ActorType, Document } from "../model/index.js";
import type { StageDefinition } from "../pipeline/stage.js";
import { loadWordList } from "../word-lists.js";
import { actorOf, type Lexicon, type LexiconMatch, type LexiconSense } from "./lexicon.js";
import { codeAt, splitCode } from "./phrase.js";
import { acronymMentions } from "./acronyms.js";
import { loadPairPhrases, type PairPhrase, pairMentions } from "./pairs.js";
import { type CoreferenceResources, resolveInArticle } from "./coreference.js";
import type { Coded } from "./coded.js";
import { findNameRuns, type IndexSet, type NameRun } from "./names.js";
import { codePerson } from "./people.js";
import { foldWord } from "./words.js";

export interface ActorMentionsConfig {
  readonly lexicon: Lexicon;
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
    const resources = loadResources();
    return (document) => {
      const found = findMentions(document, config.lexicon, resources);
      const withAcronyms = [...found, ...acronymMentions(document, found, config.lexicon)];
      withAcronyms.sort((a, b) => a.start - b.start);
      const resolved = resolveInArticle(document, withAcronyms, resources.coreference);
      const pairs = pairMentions(document, resolved, resources.pairs);
      const actorMentions = [...resolved, ...pairs].sort((a, b) => a.start - b.start);
      return { ...document, actorMentions };
    };
  },
};

function loadResources(): Resources {
  const locatives = loadWordList("locative-prepositions.txt");
  const functionWords = loadWordList("english-function-words.txt");
  const neverNames = loadWordList("never-names.txt");
  return {
    locatives,
    institutions: loadWordList("actors/institution-nouns.txt"),
    nonPersonHeads: loadWordList("actors/non-person-heads.txt"),
    titleModifiers: loadWordList("actors/title-modifiers.txt"),
    pairs: loadPairPhrases(),
    roleNouns: loadWordList("actors/role-nouns.txt"),
    names: { functionWords, neverNames },
    coreference: {
      functionWords,
      neverNames,
      locatives,
      pronouns: loadWordList("pronouns.txt"),
    },
  };
}

type ActorSense = Extract<LexiconSense, { kind: "actor" }>;
type PlaceSense = Extract<LexiconSense, { kind: "country" | "adjective" | "capital" }>;
type AgentSense = Extract<LexiconSense, { kind: "agent" }>;

/** Possessive markers may stand between a country and its sector noun: "Peru's Interior Ministry". */
const POSSESSIVE = new Set(["'s", "'"]);

function findMentions(document: Document, lexicon: Lexicon, resources: Resources): ActorMention[] {
  const { text } = document;
  const tokens = document.tokens ?? [];
  const mentions: ActorMention[] = [];
  for (const sentence of document.sentences ?? []) {
    const spans = tokens.slice(sentence.firstToken, sentence.endToken);
    const raw: string[] = [];
    const words: string[] = [];
    for (const span of spans) {
      const word = text.slice(span.start, span.end);
      raw.push(word);
      words.push(foldWord(word));
    }
    const matches = lexicon.matchAll(words);
    // Filtered in place: matchAll's array is this sentence's own.
    let kept = 0;
    for (const match of matches) if (!isNameNotAcronym(match, raw)) matches[kept++] = match;
    matches.length = kept;
    const groups: LexiconMatch[][] = [];
    for (let i = 0; i < matches.length;) {
      const group = composeAt(matches, i, words, resources.titleModifiers);
      groups.push(group);
      i += group.length;
    }
    const matched = wordMask(words.length, matches);
    const covered = wordMask(
      words.length,
      matches.filter((match) => !isFirstName(match, raw, words, matched, resources.locatives)),
    );
    const { functionWords, neverNames } = resources.names;
    const runs: NameRun[] = [];
    for (const run of findNameRuns({ raw, covered, functionWords, neverNames })) {
      splitAtHeads(run, words, resources, runs);
    }

    const coded: Coded[] = [];
    // A place word that turned out to open a name ("Chad Whitfield") is not also a country.
    const usedGroups =
      runs.length === 0
        ? undefined
        : new Set<LexiconMatch[]>(
            groups.filter((g) =>
              runs.some(
                (r) =>
                  r.start <= (g[0] as LexiconMatch).start &&
                  (g[g.length - 1] as LexiconMatch).end <= r.end,
              ),
            ),
          );
    for (const run of runs) {
      const head = words[run.end - 1] ?? "";
      if (resources.nonPersonHeads.has(head) || isInstitution(head, resources.institutions)) {
        // "Central Committee", "Global Times": a name, but not of a person.
        if (isInstitution(head, resources.institutions)) coded.push(unnamedOrganisation(run));
        continue;
      }
      const person = codePerson(run, groups, raw, words, resources.roleNouns);
      for (const group of person.consumed) usedGroups?.add(group);
      coded.push(person.coded);
    }
    for (let k = 0; k < groups.length; k++) {
      const group = groups[k] as LexiconMatch[];
      if (usedGroups?.has(group)) continue;
      const shared = sharedAgent(group, groups[k + 1], words);
      const mention = toMention(
        shared ? [...group, shared] : group,
        words,
        resources,
        lexicon.sectors,
        document.meta.published,
      );
      if (!mention) continue;
      // "Vietnamese and Chinese workers": the first adjective shares the second's noun, but its
      // span stays its own word.
      const end = (group[group.length - 1] as LexiconMatch).end;
      coded.push(shared ? { ...mention, endWord: end } : mention);
    }
    // Usually in order already; sort() copies the array even then.
    if (!inWordOrder(coded)) coded.sort((x, y) => x.startWord - y.startWord);
    for (const mention of coded) {
      const first = spans[mention.startWord];
      const last = spans[mention.endWord - 1];
      if (!first || !last) continue;
      const span = text.slice(first.start, last.end);
      mentions.push({
        kind: "actor-mention",
        sentence: sentence.index,
        start: first.start,
        end: last.end,
        text: span,
        ...mention.coded,
        name: mention.coded.name ?? span,
      });
    }
  }
  return mentions;
}

function inWordOrder(coded: readonly Coded[]): boolean {
  for (let i = 1; i < coded.length; i++) {
    if ((coded[i - 1] as Coded).startWord > (coded[i] as Coded).startWord) return false;
  }
  return true;
}

/**
 * For a bare demonym coordinated with a demonym + agent noun ("Vietnamese and Chinese workers"),
 * the agent match it shares; otherwise undefined.
 */
function sharedAgent(
  group: readonly LexiconMatch[],
  next: readonly LexiconMatch[] | undefined,
  words: readonly string[],
): LexiconMatch | undefined {
  const only = group.length === 1 ? group[0] : undefined;
  if (!only || !next || next.length < 2 || !has(only, "adjective") || has(only, "agent")) {
    return undefined;
  }
  const [nextPlace, nextAgent] = next as [LexiconMatch, LexiconMatch];
  if (words[only.end] !== "and" || nextPlace.start !== only.end + 1) return undefined;
  if (!has(nextPlace, "adjective") || !has(nextAgent, "agent")) return undefined;
  return nextAgent;
}

/** The matches from `i` that form one noun phrase: [place ['s]] [agent]* [known actor]. */
function composeAt(
  matches: readonly LexiconMatch[],
  i: number,
  words: readonly string[],
  modifiers: ReadonlySet<string>,
) {
  const group: LexiconMatch[] = [matches[i] as LexiconMatch];
  for (let j = i + 1; j < matches.length; j++) {
    const previous = group[group.length - 1] as LexiconMatch;
    const next = matches[j] as LexiconMatch;
    const from = previous.end;
    const gapLength = next.start - from;
    // "President of Vietnam", "Speaker of the National Assembly": a sector noun, "of", its country.
    const ofPlace =
      has(previous, "agent") &&
      (has(next, "country") || has(next, "capital")) &&
      words[from] === "of" &&
      (gapLength === 1 || (gapLength === 2 && words[from + 1] === "the"));
    if (ofPlace) {
      group.push(next);
      continue;
    }
    // Between a country and its sector noun: a possessive and/or one title modifier ("top").
    // Counted in place: this runs for every pair of neighbouring matches.
    let others = 0;
    let other = "";
    for (let k = from; k < next.start; k++) {
      const word = words[k] as string;
      if (POSSESSIVE.has(word)) continue;
      if (others++ === 0) other = word;
    }
    const adjacent = others === 0 || (others === 1 && modifiers.has(other));
    if (!adjacent || has(previous, "actor") || !(has(next, "agent") || has(next, "actor"))) break;
    group.push(next);
  }
  return group;
}

function has(match: LexiconMatch, kind: LexiconSense["kind"]): boolean {
  for (const sense of match.senses) if (sense.kind === kind) return true;
  return false;
}

function toMention(
  group: readonly LexiconMatch[],
  words: readonly string[],
  resources: Resources,
  sectors: ReadonlySet<string>,
  date: string | null,
): Coded | null {
  const first = group[0] as LexiconMatch;
  const last = group[group.length - 1] as LexiconMatch;
  let place: PlaceSense | undefined;
  let agent: AgentSense | undefined;
  let actor: ActorSense | undefined;
  let named: LexiconMatch | undefined;
  for (const match of group) {
    if (actor === undefined) {
      actor = actorOf(match.senses);
      // The first match naming an actor: the same one actorOf() is asked about below.
      if (actor !== undefined) named = match;
    }
    for (const sense of match.senses) {
      if (sense.kind === "agent") agent = sense;
      else if (sense.kind !== "actor") place ??= sense;
    }
  }

  if (actor) {
    // The span is the name; a title before it ("Chinese President") is evidence, named in rules.
    const rules: string[] = [];
    if (place !== undefined) rules.push(place.rule);
    if (agent !== undefined) rules.push(agent.rule);
    rules.push(actor.rule);
    const code = codeAt(actor, date);
    const split = code ? splitCode(code, sectors) : undefined;
    const type: ActorType = actor.type;
    return {
      startWord: (named ?? first).start,
      endWord: last.end,
      coded: {
        type,
        name: type === "person" ? actor.name : null,
        code,
        country: split ? split.country : null,
        sector: split ? split.sector : null,
        rules,
      },
    };
  }
  if (place && agent) {
    return {
      startWord: first.start,
      endWord: last.end,
      coded: {
        type: groupType(words, last, resources.institutions),
        name: null,
        code: `${place.country}${agent.sector}`,
        country: place.country,
        sector: agent.sector.slice(0, 3),
        rules: [place.rule, agent.rule],
      },
    };
  }
  if (agent) {
    return {
      startWord: first.start,
      endWord: last.end,
      coded: {
        type: groupType(words, last, resources.institutions),
        name: null,
        code: null,
        country: null,
        sector: agent.sector.slice(0, 3),
        rules: [agent.rule],
      },
    };
  }
  if (place && place.kind !== "adjective") {
    const before = words[first.start - 1];
    const previous = before === "the" ? words[first.start - 2] : before;
    if (previous !== undefined && resources.locatives.has(previous)) return null;
    return {
      startWord: first.start,
      endWord: last.end,
      coded: {
        type: "country",
        name: null,
        code: place.country,
        country: place.country,
        sector: null,
        rules: place.kind === "capital" ? [place.rule, "capital-as-government"] : [place.rule],
      },
    };
  }
  return null;
}

/** An agent phrase headed by an institution noun ("Interior Ministry") is an organisation. */
function groupType(
  words: readonly string[],
  last: LexiconMatch,
  institutions: ReadonlySet<string>,
): ActorType {
  return isInstitution(words[last.end - 1] ?? "", institutions) ? "organisation" : "group";
}

/** What the stage loads once: word lists from data/. */
export interface Resources {
  readonly locatives: ReadonlySet<string>;
  readonly pairs: readonly PairPhrase[];
  readonly titleModifiers: ReadonlySet<string>;
  readonly nonPersonHeads: ReadonlySet<string>;
  readonly institutions: ReadonlySet<string>;
  readonly roleNouns: ReadonlySet<string>;
  readonly names: { functionWords: ReadonlySet<string>; neverNames: ReadonlySet<string> };
  readonly coreference: CoreferenceResources;
}

/** "Ministry", "navy", "forces": a singular (or plural) institution noun heads an organisation. */
function isInstitution(head: string, institutions: ReadonlySet<string>): boolean {
  return institutions.has(head) || (head.endsWith("s") && institutions.has(head.slice(0, -1)));
}

/** A capitalised organisation name no dictionary knows: found, but not coded by guesswork. */
function unnamedOrganisation(run: NameRun): Coded {
  return {
    startWord: run.start,
    endWord: run.end,
    coded: {
      type: "organisation",
      name: null,
      code: null,
      country: null,
      sector: null,
      rules: ["organisation:capitalised-name"],
    },
  };
}

/**
 * "External Relations Commission Le Hoai Trung" is an organisation followed by a person: a run is
 * split after every organisation or place head word inside it. Parts of two words or more are
 * appended to `parts`.
 */
function splitAtHeads(
  run: NameRun,
  words: readonly string[],
  resources: Resources,
  parts: NameRun[],
): void {
  let start = run.start;
  for (let i = run.start; i < run.end - 1; i++) {
    const word = words[i] ?? "";
    if (resources.nonPersonHeads.has(word) || isInstitution(word, resources.institutions)) {
      if (i + 1 - start >= 2) parts.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (run.end - start >= 2) parts.push({ start, end: run.end });
}

/**
 * A one-word place that is also a given name ("Jordan", "Chad", "Victoria", "Lima") opens a
 * person's name when a capitalised word no dictionary knows follows it: "Chad Whitfield said".
 * Not after "of", "in", "at"... or a title, and not as a possessive ("Jordan's").
 */
function isFirstName(
  match: LexiconMatch,
  raw: readonly string[],
  words: readonly string[],
  covered: IndexSet,
  locatives: ReadonlySet<string>,
): boolean {
  if (match.end - match.start !== 1) return false;
  // "President of Vietnam To Lam", "in Chad": after "of", a locative or a title it is the place.
  const before = words[match.start - 1];
  if (
    before !== undefined &&
    (before === "of" || locatives.has(before) || covered.has(match.start - 1))
  ) {
    return false;
  }
  if (!match.senses.every((s) => s.kind === "country" || s.kind === "capital")) return false;
  const next = raw[match.end];
  return (
    next !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(next) &&
    !covered.has(match.end) &&
    words[match.end] !== "'s"
  );
}

/**
 * Dictionaries are matched case-blind, so the acronym "NGO" would also match the name "Ngo" in
 * "President Ngo Duc Thanh". A short one-word match written as a capitalised word mid-sentence
 * is a name, not the acronym.
 */
function isNameNotAcronym(match: LexiconMatch, raw: readonly string[]): boolean {
  if (match.end - match.start !== 1 || match.start === 0) return false;
  const word = raw[match.start] ?? "";
  return word.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(word);
}

/** The word indexes covered by matches, over a byte mask (cheaper than a Set in this hot loop). */
function wordMask(length: number, matches: readonly LexiconMatch[]): IndexSet {
  const mask = new Uint8Array(length);
  for (const match of matches) mask.fill(1, match.start, match.end);
  return { has: (index: number) => mask[index] === 1 };
}
