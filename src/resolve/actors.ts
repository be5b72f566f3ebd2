/** Corpus stage: one identity per person or organisation across articles, coded by the weight of evidence. */

import { createHash } from "node:crypto";
import type { ActorType } from "../model/index.js";

/** One stored mention with what the corpus stage needs to weigh it. */
export interface CorpusMention {
  readonly article: string;
  readonly published: string | null;
  readonly type: ActorType;
  readonly name: string;
  readonly code: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rules: readonly string[];
}

export interface Evidence {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rule: string;
}

/** A claim the texts make about an actor (a role), with every place that makes it. */
export interface Claim {
  readonly value: string;
  readonly articles: number;
  readonly first_date: string | null;
  readonly last_date: string | null;
  readonly evidence: readonly Evidence[];
}

export interface ResolvedActor {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly code: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly aliases: readonly string[];
  readonly mentions: number;
  readonly articles: number;
  readonly roles: readonly Claim[];
  /** Claims about the country or sector that lost the vote: kept, never silently dropped. */
  readonly conflicts: ReadonlyArray<Claim & { readonly field: "country" | "sector" }>;
}

/**
 * Groups person and organisation mentions into actors (people by full name, organisations by code
 * or name) and decides each actor's country and sector by the number of articles that state it
 * directly. Mentions coded by coreference repeat an article's own claim, so they do not vote.
 * A tie is left undecided (null) rather than broken arbitrarily.
 * @example resolveActors(mentions).find((a) => a.name === "To Lam")?.country // "VNM"
 */
export function resolveActors(mentions: readonly CorpusMention[]): ResolvedActor[] {
  const groups = new Map<string, CorpusMention[]>();
  for (const mention of mentions) {
    if (mention.type !== "person" && mention.type !== "organisation") continue;
    // "the ministry" without a country is a role, not an identity: it cannot be one actor.
    if (mention.type === "organisation" && mention.code === null && isGeneric(mention.name))
      continue;
    const key = keyOf(mention);
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  const actors = [...groups.entries()].map(([key, group]) => resolveOne(key, group));
  return actors.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

function keyOf(mention: CorpusMention): string {
  if (mention.type === "organisation" && mention.code) return `organisation:${mention.code}`;
  return `${mention.type}:${mention.name.toLowerCase()}`;
}

function resolveOne(key: string, group: readonly CorpusMention[]): ResolvedActor {
  const [first] = group as [CorpusMention];
  const direct = group.filter((m) => !m.rules.some((rule) => rule.startsWith("coref:")));
  const countries = claims(direct, (m) => m.country);
  const sectors = claims(direct, (m) => m.sector);
  const country = winner(countries);
  const sector = winner(sectors);
  const conflicts = [
    ...countries
      .filter((c) => c.value !== country)
      .map((c) => ({ ...c, field: "country" as const })),
    ...sectors.filter((c) => c.value !== sector).map((c) => ({ ...c, field: "sector" as const })),
  ];
  const code = codeFor(country, sector);
  return {
    id: createHash("sha256").update(key).digest("hex").slice(0, 16),
    name: mostCommon(group.map((m) => m.name)),
    type: first.type,
    code,
    country,
    sector,
    aliases: [...new Set(direct.concat(shortNames(group)).map((m) => m.text))].sort(),
    mentions: group.length,
    articles: new Set(group.map((m) => m.article)).size,
    roles: claims(direct, (m) => m.code),
    conflicts,
  };
}

/** Transnational organisations keep their own code; others combine the decided country and sector. */
function codeFor(country: string | null, sector: string | null): string | null {
  if (country && country.length > 3) return country;
  return country === null ? null : `${country}${sector ?? ""}`;
}

function claims(
  mentions: readonly CorpusMention[],
  valueOf: (m: CorpusMention) => string | null,
): Claim[] {
  const byValue = new Map<string, CorpusMention[]>();
  for (const mention of mentions) {
    const value = valueOf(mention);
    if (value === null) continue;
    byValue.set(value, [...(byValue.get(value) ?? []), mention]);
  }
  return [...byValue.entries()]
    .map(([value, group]) => {
      const dates = group
        .map((m) => m.published)
        .filter((d): d is string => d !== null)
        .sort();
      return {
        value,
        articles: new Set(group.map((m) => m.article)).size,
        first_date: dates[0] ?? null,
        last_date: dates.at(-1) ?? null,
        evidence: group.map((m) => ({
          article: m.article,
          start: m.start,
          end: m.end,
          text: m.text,
          rule: m.rules.join(" + "),
        })),
      };
    })
    .sort((a, b) => b.articles - a.articles || a.value.localeCompare(b.value));
}

/** The value most articles state; null when two values tie for first. */
function winner(claims: readonly Claim[]): string | null {
  const [top, second] = claims;
  if (!top) return null;
  return second && second.articles === top.articles ? null : top.value;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? ""
  );
}

/** Short names are aliases; pronouns are not. */
function shortNames(group: readonly CorpusMention[]): CorpusMention[] {
  return group.filter((m) => m.rules.includes("coref:short-name"));
}

function isGeneric(name: string): boolean {
  return name === name.toLowerCase();
}
