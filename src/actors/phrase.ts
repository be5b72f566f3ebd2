/** Codes one actor phrase ("Peru's Interior Ministry") to {name, code, country, sector}. */

import { actorOf, type Lexicon, type LexiconSense } from "./lexicon.js";
import { wordsOf } from "./words.js";

/** The contract's actor, plus the rules that decided it. */
export interface CodedActor {
  readonly name: string;
  readonly code: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly rules: readonly string[];
}

type ActorSense = Extract<LexiconSense, { kind: "actor" }>;

/**
 * A known actor (person, organisation) wins; otherwise a country (name, adjective, possessive or
 * capital) combines with the last sector noun, which is the head of an English noun phrase:
 * "Russian warplanes" → RUS + MIL. `date` ("YYYY-MM-DD") picks among date-bounded codes.
 * @example codePhrase(lexicon, "Peru's Interior Ministry") // { code: "PERGOV", country: "PER", sector: "GOV", ... }
 */
export function codePhrase(
  lexicon: Lexicon,
  phrase: string,
  date: string | null = null,
): CodedActor {
  const name = phrase.trim().replace(/\s+/g, " ");
  const { words, spans } = wordsOf(name);
  const rules: string[] = [];
  let country: string | null = null;
  let sector: string | null = null;
  let known: { name: string; code: string } | null = null;

  for (const match of lexicon.matchAll(words)) {
    const actor = actorOf(match.senses);
    if (actor && !known) {
      const code = codeAt(actor, date);
      if (code) {
        // Dictionary names of people are good ("Xi Jinping"); of organisations often not ("Un"),
        // so an organisation is named as the phrase wrote it.
        const written = name.slice(spans[match.start]?.start, spans[match.end - 1]?.end);
        known = { name: actor.type === "person" ? actor.name : written, code };
        rules.push(actor.rule);
        continue;
      }
    }
    const place = match.senses.find(
      (s) => s.kind === "country" || s.kind === "adjective" || s.kind === "capital",
    );
    if (place && "country" in place && country === null) {
      country = place.country;
      rules.push(place.rule);
      continue;
    }
    const agent = match.senses.find((s) => s.kind === "agent");
    if (agent && agent.kind === "agent") {
      sector = agent.sector;
      rules.push(agent.rule);
    }
  }

  if (known) {
    const split = splitCode(known.code, lexicon.sectors);
    return { name: known.name, code: known.code, ...split, rules };
  }
  const code = country === null ? null : `${country}${sector ?? ""}`;
  return { name, code, country, sector: sector?.slice(0, 3) ?? null, rules };
}

/** The code valid on `date`; undated codes apply always; without a date, the newest. */
export function codeAt(actor: ActorSense, date: string | null): string | null {
  const valid = actor.codes.filter(
    (c) =>
      date === null || ((c.from === null || c.from <= date) && (c.to === null || date <= c.to)),
  );
  if (valid.length === 0) return null;
  const newest = [...valid].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
  return newest[0]?.code ?? null;
}

/**
 * CAMEO codes are 3-letter blocks: country, then sector when the next block is a sector code
 * ("CHNGOV" → CHN, GOV). Codes of international and non-state organisations ("IGOUNO",
 * "NGOHRIAMN", "IMGMUSISI") are their identity: the whole code is the "country", with no sector.
 */
export function splitCode(
  code: string,
  sectors: ReadonlySet<string>,
): { country: string | null; sector: string | null } {
  if (TRANSNATIONAL.test(code)) return { country: code, sector: null };
  const country = code.slice(0, 3) || null;
  const block = code.slice(3, 6);
  return { country, sector: sectors.has(block) ? block : null };
}

const TRANSNATIONAL = /^(?:IGO|NGO|IMG|MNC)/;
