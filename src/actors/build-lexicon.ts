/** Turns dictionary entries (bundled or the user's) into the lexicon the actor stages match with. */

import type { ActorEntry, AgentEntry, CountryEntry, DictionaryEntry } from "./dictionary/types.js";
import { Lexicon, type LexiconSense } from "./lexicon.js";
import { wordsOf } from "./words.js";

/** Entries and what kind of actor the file's actor entries name. */
export interface DictionarySource {
  readonly entries: readonly DictionaryEntry[];
  /** Bundled people and organisations say which they are; a user's file is judged per entry. */
  readonly actorType?: "person" | "organisation";
  /** Its senses supersede earlier ones of the same kind for the same phrase. */
  readonly overrides?: boolean;
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
      const add = (phrase: string, sense: LexiconSense) =>
        lexicon.add(words(phrase), sense, source.overrides ?? false);
      if (entry.kind === "country") addCountry(add, entry);
      else if (entry.kind === "agent") addAgent(add, entry);
      else addActor(add, entry, source.actorType);
    }
  }
  return lexicon;
}

/** Plain lower-case words split on spaces exactly as the tokenizer would; only the rest needs it. */
const PLAIN_PHRASE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*)*$/;

function words(phrase: string): readonly string[] {
  return PLAIN_PHRASE.test(phrase) ? phrase.split(" ") : wordsOf(phrase).words;
}

type Add = (phrase: string, sense: LexiconSense) => void;

function addCountry(add: Add, entry: CountryEntry): void {
  const rule = (word: string) => `${entry.source}#${word}`;
  for (const name of entry.names) {
    add(name, { kind: "country", country: entry.code, rule: rule(name) });
  }
  for (const adjective of entry.adjectives) {
    add(adjective, { kind: "adjective", country: entry.code, rule: rule(adjective) });
  }
  for (const capital of entry.capitals) {
    add(capital, { kind: "capital", country: entry.code, rule: rule(capital) });
  }
}

function addAgent(add: Add, entry: AgentEntry): void {
  for (const phrase of entry.phrases) {
    add(phrase, { kind: "agent", sector: entry.sector, rule: entry.source });
  }
}

/**
 * An actor entry whose only code is a bare country code names a country (a user's dictionary may
 * add a fictional one: "KINAKUTA_ [KNK]"); others are people or organisations.
 */
function addActor(add: Add, entry: ActorEntry, type?: "person" | "organisation"): void {
  const codes = new Set(entry.codes.map((c) => c.code));
  const [only] = codes;
  if (codes.size === 1 && only && COUNTRY_CODE.test(only) && !type) {
    for (const phrase of entry.phrases) {
      add(phrase, { kind: "country", country: only, rule: entry.source });
    }
    return;
  }
  const actorType = type ?? guessType(entry);
  for (const phrase of entry.phrases) {
    add(phrase, {
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
