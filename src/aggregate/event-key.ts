/**
 * Which event a mention reports: the same dyad (actor codes), the same CAMEO root and the same
 * date make the same event, whoever reports it and in whatever order articles arrive.
 */

import * as crypto from "node:crypto";
import type { ActorRef, EventMention } from "../model/index.js";

/**
 * The store hashes every mention it stores: the one-shot hash (Node 20.12 on) skips building a
 * Hash object per call, which was a tenth of the store's time. Older Node 20 releases lack it.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === "function"
    ? (text) => crypto.hash("sha256", text, "hex")
    : (text) => crypto.createHash("sha256").update(text).digest("hex");

/** An actor as the key sees it: its full code if it has one ("CHNGOV"), else its country. */
export function actorKey(actor: ActorRef | null): string {
  if (!actor) return "";
  // A person known only by name and role ("Foreign Minister Wang Yi" in an article that never
  // says which country) keeps their name until the corpus resolves them.
  return actor.code ?? actor.country ?? `name:${actor.name}`;
}

/**
 * The event id: a hash of what identifies the happening, so re-ingesting, or ingesting in another
 * order, gives the same ids. The version prefix changes only if the identity rule does.
 * @example eventId(mention) // "3f2a9c0d1e4b5a67"
 */
export function eventId(mention: EventMention): string {
  return eventKeyId(mention.source, mention.target, mention.cameo, mention.date);
}

export function eventKeyId(
  source: ActorRef | null,
  target: ActorRef | null,
  cameo: string,
  date: string | null,
): string {
  const key = ["event-v1", actorKey(source), actorKey(target), cameo.slice(0, 2), date ?? ""];
  return sha256Hex(key.join("|")).slice(0, 16);
}

/** The first and last day a date of any precision may mean: "2024" spans the whole year. */
export function dateBounds(date: string | null): { first: string | null; last: string | null } {
  if (date === null) return { first: null, last: null };
  if (date.length === 4) return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (date.length === 7) return { first: `${date}-01`, last: `${date}-31` };
  return { first: date, last: date };
}
