/**
 * Running summaries of busy events, kept between transactions: an undated event ("the U.S. said")
 * can gather a mention from most articles of a corpus, and summarising it again from all its
 * mentions after every batch made ingest time grow with the square of the corpus.
 */

import { EventTally, type EventSummary } from "../../aggregate/summarise.js";
import type { EventMention } from "../../model/index.js";

/** A new event is kept running from this many mentions; one summarised from its rows always is. */
const MIN_MENTIONS = 32;
/** Least recently refreshed summaries beyond this many are dropped: memory stays flat. */
const CAPACITY = 4096;

/** One stored event mention, as the summary needs it, with its article's row number. */
export interface TallyLink {
  readonly seq: number;
  readonly idx: number;
  readonly outlet: string | null;
  readonly mention: Omit<EventMention, "text">;
}

/** What an event's summary is made of: its mention counts, and its articles and sources. */
interface Running {
  readonly tally: EventTally;
  articles: number;
  /** Articles of unknown outlet: each is its own source. */
  unknownOutletArticles: number;
  readonly outlets: Set<string>;
  /** The last mention's article row and index: mentions are read in that order. */
  lastSeq: number;
  lastIdx: number;
}

/**
 * Mentions are read from `event_links` in (article row, index) order, so a new article's mentions
 * come after every earlier one: a running summary plus a fresh article's mentions, in order, is
 * the summary of all of them. Anything else (mentions deleted or moved, an outlet changed, another
 * connection's writes) drops the running summary, and the caller summarises from the rows again.
 */
export class RunningSummaries {
  readonly #running = new Map<string, Running>();

  /** The summary after appending `links` (in row order), or undefined when it must be re-read. */
  extend(event: string, links: readonly TallyLink[]): EventSummary | undefined {
    const running = this.#running.get(event);
    if (!running) return undefined;
    let seq = running.lastSeq;
    let idx = running.lastIdx;
    for (const link of links) {
      // A mention that sorts before the last one is not an append; an outlet spelled like the key
      // of an unknown-outlet article could be counted as that article's source.
      const inOrder = link.seq > seq || (link.seq === seq && link.idx > idx);
      if (!inOrder || link.outlet?.startsWith("article:")) {
        this.#running.delete(event);
        return undefined;
      }
      seq = link.seq;
      idx = link.idx;
    }
    for (const link of links) {
      if (link.seq !== running.lastSeq) {
        running.articles++;
        if (link.outlet === null) running.unknownOutletArticles++;
        else running.outlets.add(link.outlet);
        running.lastSeq = link.seq;
      }
      running.lastIdx = link.idx;
      running.tally.add(link.mention);
    }
    // Re-inserted, so the map's order is least recently used first.
    this.#running.delete(event);
    this.#running.set(event, running);
    return summaryOf(running);
  }

  /**
   * The summary of all of an event's mentions, given in row order (undefined when they are not),
   * kept running if the event `recurs` (it had mentions before this transaction: most events are
   * reported once, and keeping those would only push out the ones that come back) or is busy.
   */
  start(event: string, links: readonly TallyLink[], recurs: boolean): EventSummary | undefined {
    this.#running.delete(event);
    if (links.length === 0) return undefined;
    const running: Running = {
      tally: new EventTally(event),
      articles: 0,
      unknownOutletArticles: 0,
      outlets: new Set(),
      lastSeq: -1,
      lastIdx: -1,
    };
    // extend() takes the list apart exactly as it will take later articles' mentions.
    this.#running.set(event, running);
    const summary = this.extend(event, links);
    if (!recurs && running.tally.mentions < MIN_MENTIONS) {
      this.#running.delete(event);
    } else if (this.#running.size > CAPACITY) {
      const oldest = this.#running.keys().next().value;
      if (oldest !== undefined) this.#running.delete(oldest);
    }
    return summary;
  }

  has(event: string): boolean {
    return this.#running.has(event);
  }

  forget(event?: string): void {
    if (event === undefined) this.#running.clear();
    else this.#running.delete(event);
  }
}

function summaryOf(running: Running): EventSummary {
  return running.tally.summary(
    running.articles,
    running.outlets.size + running.unknownOutletArticles,
  );
}
