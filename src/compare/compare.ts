/**
 * Compares what the outlets of one story reported: which outlet carried which event, quote and
 * figure, what only one carried, and where they contradict each other, with both sides' evidence.
 */

import { actorKey } from "../aggregate/event-key.js";
import type { EventRecord } from "../aggregate/event-record.js";
import type { ActorRef } from "../model/index.js";
import type { Claim, ResolvedActor } from "../resolve/actors.js";
import { contentWords, overlap, sameValue } from "./similar.js";
import type {
  ClaimEvidence,
  Comparison,
  Contradiction,
  ContradictionKind,
  ContradictionSide,
  CoveredItem,
  StoryFigure,
  StoryMaterial,
  StoryQuote,
} from "./types.js";

/** Two reports of a quote by the same speaker are one quote when this share of words is shared. */
const SAME_QUOTE = 0.5;
/** Two figures measure the same thing when their measure words overlap this much. */
const SAME_MEASURE = 0.5;

export function compareStory(material: StoryMaterial): Comparison {
  const outletOf = new Map(material.articles.map((a) => [a.id, a.outlet ?? `article:${a.id}`]));
  const outletsOf = (articles: Iterable<string>) =>
    [...new Set([...articles].map((id) => outletOf.get(id) ?? `article:${id}`))].sort();
  const coverage = [
    ...material.events.map((event) => eventItem(event, outletsOf)),
    ...quoteItems(material.quotes, outletsOf),
    ...figureItems(material.figures, outletsOf),
  ];
  const outlets = outletsOf(material.articles.map((a) => a.id));
  return {
    story: material.story,
    outlets: outlets.map((outlet) => ({
      outlet,
      articles: material.articles.filter((a) => outletOf.get(a.id) === outlet).map((a) => a.id),
    })),
    coverage,
    unique: outlets.length > 1 ? coverage.filter((item) => item.outlets.length === 1) : [],
    contradictions: [
      ...actorContradictions(material.actors, outletsOf),
      ...eventContradictions(material.events, outletsOf),
      ...figureContradictions(material.figures, outletsOf),
    ],
  };
}

type OutletsOf = (articles: Iterable<string>) => string[];

function eventItem(event: EventRecord, outletsOf: OutletsOf): CoveredItem {
  const articles = [...new Set(event.mentions.map((m) => m.article))].sort();
  return {
    kind: "event",
    id: event.id,
    label: eventLabel(event),
    outlets: outletsOf(articles),
    articles,
  };
}

function eventLabel(event: EventRecord): string {
  const target = event.target ? ` ${actorKey(event.target)}` : "";
  return `${actorKey(event.source)} ${event.cameo}${target} ${event.date ?? "undated"}`;
}

/** Groups reports that are one claim: `same` decides whether an item joins a group's first. */
function grouped<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const group = groups.find((g) => same(g[0] as T, item));
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

function speakerKey(speaker: ActorRef | null): string {
  return speaker ? `${speaker.name.toLowerCase()}|${speaker.country ?? ""}` : "";
}

function quoteItems(quotes: readonly StoryQuote[], outletsOf: OutletsOf): CoveredItem[] {
  const words = new Map(quotes.map((q) => [q, contentWords(q.text)]));
  const groups = grouped(
    quotes,
    (a, b) =>
      speakerKey(a.speaker) === speakerKey(b.speaker) &&
      overlap(words.get(a) as ReadonlySet<string>, words.get(b) as ReadonlySet<string>) >=
        SAME_QUOTE,
  );
  return groups.map((group) => {
    const [first] = group as [StoryQuote];
    const articles = [...new Set(group.map((q) => q.article))].sort();
    const speaker = first.speaker?.name ?? "unattributed";
    const text = first.text.length > 60 ? `${first.text.slice(0, 57)}...` : first.text;
    return {
      kind: "quote" as const,
      id: first.id,
      label: `${speaker}: “${text}”`,
      outlets: outletsOf(articles),
      articles,
    };
  });
}

/** Same unit, same period and overlapping measure words: the figures count the same thing. */
function sameMeasure(a: StoryFigure, b: StoryFigure): boolean {
  return (
    a.unit === b.unit &&
    a.date === b.date &&
    overlap(contentWords(a.measure ?? ""), contentWords(b.measure ?? "")) >= SAME_MEASURE
  );
}

function figureLabel(figure: StoryFigure): string {
  return [figure.unit ?? "", figure.measure ?? "", figure.date ?? ""]
    .filter((part) => part !== "")
    .join(" ");
}

function figureItems(figures: readonly StoryFigure[], outletsOf: OutletsOf): CoveredItem[] {
  const groups = grouped(figures, (a, b) => sameMeasure(a, b) && sameValue(a.value, b.value));
  return groups.map((group) => {
    const [first] = group as [StoryFigure];
    const articles = [...new Set(group.map((f) => f.article))].sort();
    return {
      kind: "figure" as const,
      id: first.id,
      label: `${first.value} ${figureLabel(first)}`.trim(),
      outlets: outletsOf(articles),
      articles,
    };
  });
}

/**
 * Sides ordered by support. Support is the number of outlets: an outlet repeating itself in a
 * second article is not a second witness, so a tie in outlets is left undecided.
 */
function contradiction(
  kind: ContradictionKind,
  subject: string,
  sides: ContradictionSide[],
): Contradiction {
  sides.sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      b.articles.length - a.articles.length ||
      a.value.localeCompare(b.value),
  );
  const [best, next] = sides as [ContradictionSide, ContradictionSide];
  return {
    kind,
    subject,
    sides,
    supported: best.outlets.length === next.outlets.length ? null : best.value,
  };
}

function side(
  value: string,
  evidence: readonly ClaimEvidence[],
  outletsOf: OutletsOf,
): ContradictionSide {
  const articles = [...new Set(evidence.map((e) => e.article))].sort();
  return { value, outlets: outletsOf(articles), articles, evidence };
}

/**
 * "General Secretary of the Communist Party of China ... To Lam" in one outlet against "Vietnamese
 * President To Lam" in four: the losing claims the corpus stage kept, against the winning ones.
 */
function actorContradictions(
  actors: readonly ResolvedActor[],
  outletsOf: OutletsOf,
): Contradiction[] {
  const found: Contradiction[] = [];
  for (const actor of actors) {
    for (const field of ["country", "sector"] as const) {
      const losing = actor.conflicts.filter((c) => c.field === field);
      const decided = actor[field];
      if (losing.length === 0 || decided === null) continue;
      const winning = actor.roles.filter((role) => valueOf(role, field) === decided);
      const sides = [
        side(
          decided,
          winning.flatMap((c) => c.evidence),
          outletsOf,
        ),
        ...losing.map((c) => side(c.value, c.evidence, outletsOf)),
      ];
      found.push(contradiction(`actor-${field}`, actor.name, sides));
    }
  }
  return found;
}

/** The country or sector a role claim ("VNMGOV") states. */
function valueOf(role: Claim, field: "country" | "sector"): string | null {
  if (role.value.length > 6) return field === "country" ? role.value : null;
  return field === "country" ? role.value.slice(0, 3) : role.value.slice(3) || null;
}

function mentionEvidence(event: EventRecord): ClaimEvidence[] {
  return event.mentions.map(({ article, start, end, text }) => ({ article, start, end, text }));
}

/**
 * The same dyad and root given different days by outlets that do not report both ("met on
 * Monday" against "met on Tuesday"), and the same act given different targets.
 */
function eventContradictions(
  events: readonly EventRecord[],
  outletsOf: OutletsOf,
): Contradiction[] {
  const found: Contradiction[] = [];
  const dated = events.filter((e) => e.date !== null && e.date_precision === "day");
  const byDyad = groupBy(dated, (e) => `${actorKey(e.source)} ${e.root} ${actorKey(e.target)}`);
  for (const [subject, group] of byDyad) {
    const byDate = groupBy(group, (e) => e.date as string);
    if (byDate.size < 2) continue;
    const sides = [...byDate].map(([date, same]) =>
      side(date, same.flatMap(mentionEvidence), outletsOf),
    );
    if (disjoint(sides)) found.push(contradiction("event-date", subject, sides));
  }
  const targeted = dated.filter((e) => e.target !== null);
  const byAct = groupBy(targeted, (e) => `${actorKey(e.source)} ${e.root} ${e.date}`);
  for (const [subject, group] of byAct) {
    const byTarget = groupBy(group, (e) => actorKey(e.target));
    if (byTarget.size < 2) continue;
    const sides = [...byTarget].map(([target, same]) =>
      side(target, same.flatMap(mentionEvidence), outletsOf),
    );
    if (disjoint(sides)) found.push(contradiction("event-participants", subject, sides));
  }
  return found;
}

/** Different values for the same measure and period, from outlets that do not report both. */
function figureContradictions(
  figures: readonly StoryFigure[],
  outletsOf: OutletsOf,
): Contradiction[] {
  const found: Contradiction[] = [];
  for (const group of grouped(
    figures.filter((f) => f.measure !== null),
    sameMeasure,
  )) {
    const values = grouped(group, (a, b) => sameValue(a.value, b.value));
    if (values.length < 2) continue;
    const sides = values.map((same) =>
      side(
        String((same[0] as StoryFigure).value),
        same.map(({ article, start, end, text }) => ({ article, start, end, text })),
        outletsOf,
      ),
    );
    if (disjoint(sides)) {
      found.push(contradiction("figure-value", figureLabel(group[0] as StoryFigure), sides));
    }
  }
  return found;
}

/** No outlet stands on two sides: one outlet giving two dates is a sequence, not a dispute. */
function disjoint(sides: readonly ContradictionSide[]): boolean {
  const seen = new Set<string>();
  for (const s of sides) {
    for (const outlet of s.outlets) {
      if (seen.has(outlet)) return false;
    }
    for (const outlet of s.outlets) seen.add(outlet);
  }
  return true;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
