/** One aggregated event from all its mentions: what most reports say, and how many say it. */

import type { ActorRef, DatePrecision, EventMention, EventPlace } from "../model/index.js";

/** A stored event mention with the article it came from. */
export interface EventLink {
  readonly event: string;
  readonly article: string;
  /** The outlet, or null when unknown: an article of unknown outlet is its own source. */
  readonly outlet: string | null;
  /** The mention without its text: summaries need only its codes, actors, date and place. */
  readonly mention: Omit<EventMention, "text">;
}

/** The contract's event, before its codes are looked up (root, PLOVER, Goldstein, quad class). */
export interface EventSummary {
  readonly id: string;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly cameo: string;
  readonly location: EventPlace | null;
  readonly numMentions: number;
  readonly numArticles: number;
  readonly numSources: number;
}

/**
 * The most reported value wins; ties go to the more specific code, then to the first in sort
 * order, so the summary does not depend on the order articles arrived in.
 */
export function summariseEvent(links: readonly EventLink[]): EventSummary {
  const first = links[0];
  if (!first) throw new Error("an event needs at least one mention");
  const mentions = links.map((l) => l.mention);
  const cameo = mostReported(
    mentions.map((m) => m.cameo),
    (a, b) => specificity(b) - specificity(a) || a.localeCompare(b),
  );
  return {
    id: first.event,
    date: first.mention.date,
    datePrecision: first.mention.datePrecision,
    source: commonActor(mentions.map((m) => m.source)),
    target: commonActor(mentions.map((m) => m.target)),
    cameo,
    location: commonPlace(mentions.map((m) => m.location)),
    numMentions: links.length,
    numArticles: new Set(links.map((l) => l.article)).size,
    numSources: new Set(links.map((l) => l.outlet ?? `article:${l.article}`)).size,
  };
}

/** "042" says more than "040" (CAMEO's "not specified below"), which says more than "04". */
function specificity(code: string): number {
  if (code.length <= 2) return 0;
  if (code.length === 3 && code.endsWith("0")) return 1;
  return code.length - 1;
}

function mostReported(values: readonly string[], tieBreak: (a: string, b: string) => number) {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0]?.[0] ?? "";
}

function commonActor(actors: ReadonlyArray<ActorRef | null>): ActorRef | null {
  const known = actors.filter((a): a is ActorRef => a !== null);
  if (known.length === 0) return null;
  const name = mostReported(
    known.map((a) => a.name),
    (a, b) => a.localeCompare(b),
  );
  return known.find((a) => a.name === name) ?? null;
}

function commonPlace(places: ReadonlyArray<EventPlace | null>): EventPlace | null {
  const known = places.filter((p): p is EventPlace => p !== null);
  if (known.length === 0) return null;
  const name = mostReported(
    known.map((p) => `${p.name}\u0000${p.country}`),
    (a, b) => a.localeCompare(b),
  );
  return known.find((p) => `${p.name}\u0000${p.country}` === name) ?? null;
}
