/** Turns dictionary entries (bundled or the user's) into the lexicon the actor stages match with. */

import type { ActorEntry, AgentEntry, CountryEntry, DictionaryEntry } from "./dictionary/types.js";
import { Lexicon } from "./lexicon.js";
import { wordsOf } from "./words.js";

/** Entries and what kind of actor the file's actor entries name. */
export interface DictionarySource {
  readonly entries: readonly DictionaryEntry[];
  /** Bundled people and organisations say which they are; a user's file is judged per entry. */
  readonly actorType?: "person" | "organisation";
}

const COUNTRY_CODE = /^[A-Z]{3}$/;
const ORGANISATION_PREFIXES = ["IGO", "NGO", "MNC"];

/**
 * Later sources add to earlier ones, so a user's dictionary extends the bundled one; a phrase in
 * both keeps both senses and the matcher takes the first (bundled) actor sense before the user's.
 * @example buildLexicon([{ entries: [{ kind: "agent", phrases: ["envoy"], sector: "GOV", source: "my.txt:1" }] }])
 */
export function buildLexicon(sources: readonly DictionarySource[]): Lexicon {
  const lexicon = new Lexicon();
  for (const source of sources) {
    for (const entry of source.entries) {
      if (entry.kind === "country") addCountry(lexicon, entry);
      else if (entry.kind === "agent") addAgent(lexicon, entry);
      else addActor(lexicon, entry, source.actorType);
    }
  }
  return lexicon;
}

function words(phrase: string): readonly string[] {
  return wordsOf(phrase).words;
}

function addCountry(lexicon: Lexicon, entry: CountryEntry): void {
  const rule = (word: string) => `${entry.source}#${word}`;
  for (const name of entry.names) {
    lexicon.add(words(name), { kind: "country", country: entry.code, rule: rule(name) });
  }
  for (const adjective of entry.adjectives) {
    lexicon.add(words(adjective), {
      kind: "adjective",
      country: entry.code,
      rule: rule(adjective),
    });
  }
  for (const capital of entry.capitals) {
    lexicon.add(words(capital), { kind: "capital", country: entry.code, rule: rule(capital) });
  }
}

function addAgent(lexicon: Lexicon, entry: AgentEntry): void {
  for (const phrase of entry.phrases) {
    lexicon.add(words(phrase), { kind: "agent", sector: entry.sector, rule: entry.source });
  }
}

/**
 * An actor entry whose only code is a bare country code names a country (a user's dictionary may
 * add a fictional one: "KINAKUTA_ [KNK]"); others are people or organisations.
 */
function addActor(lexicon: Lexicon, entry: ActorEntry, type?: "person" | "organisation"): void {
  const codes = new Set(entry.codes.map((c) => c.code));
  const [only] = codes;
  if (codes.size === 1 && only && COUNTRY_CODE.test(only) && !type) {
    for (const phrase of entry.phrases) {
      lexicon.add(words(phrase), { kind: "country", country: only, rule: entry.source });
    }
    return;
  }
  const actorType = type ?? guessType(entry);
  for (const phrase of entry.phrases) {
    lexicon.add(words(phrase), {
      kind: "actor",
      type: actorType,
      name: entry.name,
      codes: entry.codes,
      rule: entry.source,
    });
  }
}

function guessType(entry: ActorEntry): "person" | "organisation" {
  const organisation = entry.codes.some((c) =>
    ORGANISATION_PREFIXES.some((prefix) => c.code.startsWith(prefix)),
  );
  return organisation ? "organisation" : "person";
}
