/** The events a user asks for, with actors resolved across the corpus: what every interface shows. */

import type { ActorRef } from "../model/index.js";
import { resolveActors } from "../resolve/actors.js";
import { identitiesOf, type ResolvedEvent, resolveEvents } from "../resolve/event-actors.js";
import type { EventFilter, EventWithMentions, Store } from "../store/store.js";

/**
 * Dates, roots and ids are filtered in the store; dyad and actor filters after resolution, since
 * resolution may re-code an actor ("To Lam" coded CHN by one outlet's wrong title is VNM).
 */
export function queryEvents(store: Store, filter: EventFilter = {}): ResolvedEvent[] {
  const { dyad, actor, ...stored } = filter;
  const identities = identitiesOf(resolveActors(store.corpusMentions()));
  const listed = listEvents(store, stored);
  const mentionsOf = new Map(listed.map(({ summary, mentions }) => [summary.id, mentions]));
  const events = resolveEvents(
    listed.map(({ summary }) => summary),
    identities,
    (id) => mentionsOf.get(id) ?? [],
  );
  return events.filter(({ summary }) => {
    // A person the article never placed and the corpus cannot code is not an actor to show:
    // "Foreign Minister Wang Yi" waits for an article that says whose minister he is.
    if (!isCoded(summary.source)) return false;
    // A side of --dyad is named like --actor: by its country ("KEN") or full code ("KENGOV").
    if (dyad && !(matches(summary.source, dyad.source) && matches(summary.target, dyad.target))) {
      return false;
    }
    return !actor || matches(summary.source, actor) || matches(summary.target, actor);
  });
}

/** The events a filter selects, each with its mentions, in one read when the store offers one. */
function listEvents(store: Store, filter: EventFilter): EventWithMentions[] {
  if (store.eventsWithMentions) return store.eventsWithMentions(filter);
  return store
    .events(filter)
    .map((summary) => ({ summary, mentions: store.eventMentions(summary.id) }));
}

function matches(side: ActorRef | null, code: string): boolean {
  return side !== null && (side.code === code || side.country === code);
}

function isCoded(side: ActorRef | null): boolean {
  return side !== null && (side.country !== null || side.code !== null);
}
