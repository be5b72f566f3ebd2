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
  const tally = new EventTally(first.event);
  for (const link of links) tally.add(link.mention);
  return tally.summary(
    new Set(links.map((l) => l.article)).size,
    new Set(links.map((l) => l.outlet ?? `article:${l.article}`)).size,
  );
}

/** How often one value was reported, and the first report of it (its codes, its coordinates). */
interface Reported<T> {
  count: number;
  readonly first: T;
}

/**
 * An event's mentions counted one at a time, in the order they are stored, for `summariseEvent`.
 * Articles and sources are counted by the caller.
 */
export class EventTally {
  readonly #event: string;
  /** The first mention's date: only it, so a kept tally does not hold the whole mention. */
  #first: Pick<EventLink["mention"], "date" | "datePrecision"> | undefined;
  #mentions = 0;
  // Maps keep first-report order, which decides between values reported equally often.
  readonly #cameos = new Map<string, Reported<string>>();
  readonly #sources = new Map<string, Reported<ActorRef>>();
  readonly #targets = new Map<string, Reported<ActorRef>>();
  readonly #places = new Map<string, Reported<EventPlace>>();

  constructor(event: string) {
    this.#event = event;
  }

  get mentions(): number {
    return this.#mentions;
  }

  add(mention: EventLink["mention"]): void {
    this.#first ??= { date: mention.date, datePrecision: mention.datePrecision };
    this.#mentions++;
    count(this.#cameos, mention.cameo, mention.cameo);
    if (mention.source !== null) count(this.#sources, mention.source.name, mention.source);
    if (mention.target !== null) count(this.#targets, mention.target.name, mention.target);
    const place = mention.location;
    if (place !== null) count(this.#places, `${place.name}\u0000${place.country}`, place);
  }

  summary(numArticles: number, numSources: number): EventSummary {
    const first = this.#first;
    if (!first) throw new Error("an event needs at least one mention");
    const byName = (a: string, b: string) => a.localeCompare(b);
    return {
      id: this.#event,
      date: first.date,
      datePrecision: first.datePrecision,
      source: mostReported(this.#sources, byName),
      target: mostReported(this.#targets, byName),
      cameo:
        mostReported(
          this.#cameos,
          (a, b) => specificity(b) - specificity(a) || a.localeCompare(b),
        ) ?? "",
      location: mostReported(this.#places, byName),
      numMentions: this.#mentions,
      numArticles,
      numSources,
    };
  }
}

function count<T>(counts: Map<string, Reported<T>>, key: string, value: T): void {
  const reported = counts.get(key);
  if (reported) reported.count++;
  else counts.set(key, { count: 1, first: value });
}

/** "042" says more than "040" (CAMEO's "not specified below"), which says more than "04". */
function specificity(code: string): number {
  if (code.length <= 2) return 0;
  if (code.length === 3 && code.endsWith("0")) return 1;
  return code.length - 1;
}

/**
 * The first report of the most reported key; ties by `tieBreak` on the keys, then by first
 * report (a scan keeping the earliest of equals picks what a stable sort would put first).
 */
function mostReported<T>(
  counts: ReadonlyMap<string, Reported<T>>,
  tieBreak: (a: string, b: string) => number,
): T | null {
  let bestKey: string | undefined;
  let best: Reported<T> | undefined;
  for (const [key, reported] of counts) {
    if (
      best === undefined ||
      bestKey === undefined ||
      reported.count - best.count > 0 ||
      (reported.count === best.count && tieBreak(key, bestKey) < 0)
    ) {
      bestKey = key;
      best = reported;
    }
  }
  return best === undefined ? null : best.first;
}
