/**
 * Events carry the actors as their article coded them; across the corpus a person or
 * organisation has one identity (resolve/actors.ts). Before events are shown, each named actor
 * takes its resolved country and sector, and events that become the same happening are merged:
 * one outlet's wrong title cannot make a Vietnamese leader a Chinese actor.
 */

import { eventKeyId } from "../aggregate/event-key.js";
import { type EventLink, type EventSummary, summariseEvent } from "../aggregate/summarise.js";
import type { ActorRef } from "../model/index.js";
import type { EventMentionRecord } from "../store/store.js";
import type { ResolvedActor } from "./actors.js";

/** Resolved identities of people and organisations, by name. */
export type Identities = ReadonlyMap<string, ActorRef>;

export function identitiesOf(actors: readonly ResolvedActor[]): Identities {
  const byName = new Map<string, ActorRef>();
  for (const actor of actors) {
    if (actor.country === null && actor.sector === null) continue;
    byName.set(actor.name, {
      name: actor.name,
      code: actor.code,
      country: actor.country,
      sector: actor.sector,
    });
  }
  return byName;
}

export interface ResolvedEvent {
  readonly summary: EventSummary;
  readonly mentions: readonly EventMentionRecord[];
}

/**
 * Re-codes the named actors of each event and merges events whose identity then coincides.
 * Events no identity changes pass through untouched (the common case, and cheap).
 */
export function resolveEvents(
  summaries: readonly EventSummary[],
  identities: Identities,
  mentionsOf: (id: string) => readonly EventMentionRecord[],
): ResolvedEvent[] {
  const groups = new Map<string, ResolvedEvent[]>();
  const order: string[] = [];
  for (const summary of summaries) {
    const mentions = mentionsOf(summary.id);
    const recoded = mentions.map((record) => recode(record, identities));
    const changed = recoded.some((r, i) => r !== mentions[i]);
    const source = resolved(summary.source, identities);
    const target = resolved(summary.target, identities);
    const id = changed ? eventKeyId(source, target, summary.cameo, summary.date) : summary.id;
    const entry = { summary, mentions: recoded };
    const group = groups.get(id);
    if (group) group.push(entry);
    else {
      groups.set(id, [entry]);
      order.push(id);
    }
  }
  return order.map((id) => {
    const group = groups.get(id) as ResolvedEvent[];
    const only = group[0] as ResolvedEvent;
    const untouched =
      group.length === 1 && only.summary.id === id && only.mentions.every((m) => m.event === id);
    if (untouched) return only;
    const mentions = group.flatMap((g) => g.mentions).map((m) => ({ ...m, event: id }));
    const links: EventLink[] = mentions.map((m) => ({
      event: id,
      article: m.article,
      outlet: m.outlet,
      mention: m.mention,
    }));
    return { summary: summariseEvent(links), mentions };
  });
}

function recode(record: EventMentionRecord, identities: Identities): EventMentionRecord {
  const { mention } = record;
  const source = resolved(mention.source, identities);
  const target = resolved(mention.target, identities);
  if (source === mention.source && target === mention.target) return record;
  const rules = [...mention.rules, "actor:resolved-across-corpus"];
  return { ...record, mention: { ...mention, source, target, rules } };
}

function resolved(actor: ActorRef | null, identities: Identities): ActorRef | null {
  if (!actor) return null;
  const identity = identities.get(actor.name);
  if (!identity) return actor;
  const same =
    identity.code === actor.code &&
    identity.country === actor.country &&
    identity.sector === actor.sector;
  return same ? actor : { ...identity, name: actor.name };
}
