/**
 * Which event a mention reports: the same dyad (actor codes), the same CAMEO root and the same
 * date make the same event, whoever reports it and in whatever order articles arrive.
 */

import { createHash } from "node:crypto";
import type { ActorRef, EventMention } from "../model/index.js";

/** An actor as the key sees it: its full code if it has one ("CHNGOV"), else its country. */
export function actorKey(actor: ActorRef | null): string {
  return actor ? (actor.code ?? actor.country ?? "") : "";
}

/**
 * The event id: a hash of what identifies the happening, so re-ingesting, or ingesting in another
 * order, gives the same ids. The version prefix changes only if the identity rule does.
 * @example eventId(mention) // "3f2a9c0d1e4b5a67"
 */
export function eventId(mention: EventMention): string {
  const key = [
    "event-v1",
    actorKey(mention.source),
    actorKey(mention.target),
    mention.cameo.slice(0, 2),
    mention.date ?? "",
  ].join("|");
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

/** The first and last day a date of any precision may mean: "2024" spans the whole year. */
export function dateBounds(date: string | null): { first: string | null; last: string | null } {
  if (date === null) return { first: null, last: null };
  if (date.length === 4) return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (date.length === 7) return { first: `${date}-01`, last: `${date}-31` };
  return { first: date, last: date };
}
