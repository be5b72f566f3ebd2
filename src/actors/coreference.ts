/** Within one article: short names, pronouns and bare titles point back to the people named. */

import type { ActorMention, Document } from "../model/index.js";
import { foldWord } from "./words.js";

export interface CoreferenceResources {
  readonly functionWords: ReadonlySet<string>;
  readonly neverNames: ReadonlySet<string>;
  readonly locatives: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
}

interface Person {
  readonly name: string;
  code: string | null;
  country: string | null;
  sector: string | null;
}

/** How far back (in sentences) a pronoun may reach for its person. */
const PRONOUN_REACH = 1;

/**
 * Adds what full-name mentions imply for the rest of the article:
 * - a role learned anywhere ("Foreign Minister Li Wen") codes every mention of that person;
 * - a single word of a full name ("Xi", "Lam", "Hue") is that person, unless it follows a
 *   locative preposition ("in Hue" is the city) or two people share the word;
 * - he/she/his/her is the nearest person named in the same or the previous sentence;
 * - a bare title ("the Chinese president") is the one person of that country and sector.
 * @example resolveInArticle(document, mentions, resources)
 */
export function resolveInArticle(
  document: Document,
  mentions: readonly ActorMention[],
  resources: CoreferenceResources,
): ActorMention[] {
  const people = collectPeople(mentions);
  const aliases = aliasIndex(people, resources);
  const coded = mentions.map((m) => (m.type === "person" ? withPersonRole(m, people) : m));
  const found = [...coded, ...shortNameMentions(document, coded, aliases, people, resources)];
  found.sort((a, b) => a.start - b.start);
  const withPronouns = [...found, ...pronounMentions(document, found, resources)];
  withPronouns.sort((a, b) => a.start - b.start);
  return withPronouns.map((m) => (m.type === "group" ? titleToPerson(document, m, people) : m));
}

function collectPeople(mentions: readonly ActorMention[]): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const mention of mentions) {
    if (mention.type !== "person" || mention.name.split(" ").length < 2) continue;
    const person = people.get(mention.name) ?? {
      name: mention.name,
      code: null,
      country: null,
      sector: null,
    };
    if (person.country === null && mention.country !== null) person.country = mention.country;
    if (person.sector === null && mention.sector !== null) person.sector = mention.sector;
    person.code = person.country === null ? null : `${person.country}${person.sector ?? ""}`;
    people.set(mention.name, person);
  }
  return people;
}

function aliasIndex(
  people: ReadonlyMap<string, Person>,
  resources: CoreferenceResources,
): Map<string, Person | null> {
  const aliases = new Map<string, Person | null>();
  for (const person of people.values()) {
    for (const word of person.name.split(" ")) {
      const folded = foldWord(word);
      if (folded.length < 2 || resources.functionWords.has(folded)) continue;
      if (resources.neverNames.has(folded)) continue;
      const existing = aliases.get(folded);
      // Two people sharing a word (two Nguyens) make it ambiguous: better no link than a wrong one.
      aliases.set(folded, existing === undefined || existing === person ? person : null);
    }
  }
  return aliases;
}

function withPersonRole(mention: ActorMention, people: ReadonlyMap<string, Person>): ActorMention {
  const person = people.get(mention.name);
  if (!person || mention.code !== null || person.code === null) return mention;
  return {
    ...mention,
    code: person.code,
    country: person.country,
    sector: person.sector,
    rules: [...mention.rules, "coref:role-from-article"],
  };
}

function shortNameMentions(
  document: Document,
  mentions: readonly ActorMention[],
  aliases: ReadonlyMap<string, Person | null>,
  people: ReadonlyMap<string, Person>,
  resources: CoreferenceResources,
): ActorMention[] {
  const { text } = document;
  const tokens = document.tokens ?? [];
  const coveredChars = new Uint8Array(text.length);
  for (const m of mentions) coveredChars.fill(1, m.start, m.end);
  const covered = (start: number) => coveredChars[start] === 1;
  const found: ActorMention[] = [];
  for (const sentence of document.sentences ?? []) {
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = tokens[t];
      if (!token || covered(token.start) || !startsUpper(text, token.start)) continue;
      const word = text.slice(token.start, token.end);
      if (!/^\p{Lu}/u.test(word)) continue;
      const person = aliases.get(foldWord(word));
      if (!person) continue;
      const before = t > sentence.firstToken ? tokens[t - 1] : undefined;
      const previous = before ? foldWord(text.slice(before.start, before.end)) : "";
      if (resources.locatives.has(previous)) continue;
      const known = people.get(person.name) ?? person;
      found.push({
        kind: "actor-mention",
        sentence: sentence.index,
        start: token.start,
        end: token.end,
        text: word,
        type: "person",
        name: known.name,
        code: known.code,
        country: known.country,
        sector: known.sector,
        rules: ["coref:short-name"],
      });
    }
  }
  return found;
}

function pronounMentions(
  document: Document,
  mentions: readonly ActorMention[],
  resources: CoreferenceResources,
): ActorMention[] {
  const { text } = document;
  const tokens = document.tokens ?? [];
  const persons = mentions.filter((m) => m.type === "person");
  const found: ActorMention[] = [];
  for (const sentence of document.sentences ?? []) {
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = tokens[t];
      // Pronouns are at most four letters: skip the rest without slicing (hot loop).
      if (!token || token.end - token.start > 4) continue;
      const word = text.slice(token.start, token.end);
      if (!resources.pronouns.has(foldWord(word))) continue;
      const antecedent = lastBefore(persons, token.start);
      if (!antecedent || sentence.index - antecedent.sentence > PRONOUN_REACH) continue;
      found.push({
        ...antecedent,
        sentence: sentence.index,
        start: token.start,
        end: token.end,
        text: word,
        rules: ["coref:pronoun"],
      });
    }
  }
  return found;
}

/** Only "the" + a singular title names one person: "the Chinese president", not "Russian warplanes". */
function titleToPerson(
  document: Document,
  mention: ActorMention,
  people: ReadonlyMap<string, Person>,
): ActorMention {
  if (mention.country === null || mention.sector === null) return mention;
  const definite = /\bthe\s+$/i.test(
    document.text.slice(Math.max(0, mention.start - 5), mention.start),
  );
  if (!definite || /s$/i.test(mention.text)) return mention;
  const candidates = [...people.values()].filter(
    (p) => p.country === mention.country && (p.sector === null || p.sector === mention.sector),
  );
  const [only] = candidates;
  if (candidates.length !== 1 || !only) return mention;
  return {
    ...mention,
    type: "person",
    name: only.name,
    rules: [...mention.rules, "coref:title"],
  };
}

/** The last mention ending at or before `offset`, by binary search (mentions are sorted). */
function lastBefore(sorted: readonly ActorMention[], offset: number): ActorMention | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as ActorMention).end <= offset) low = middle + 1;
    else high = middle;
  }
  return sorted[low - 1];
}

/** An ASCII capital, or any non-ASCII letter (checked properly by the caller's pattern). */
function startsUpper(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return (c >= 65 && c <= 90) || c > 127;
}
