/** Event mentions and aggregated events in SQLite: written with their article, summarised per event. */

import type Database from "better-sqlite3";

type Db = Database.Database;
import { dateBounds, eventId } from "../../aggregate/event-key.js";
import { type EventLink, type EventSummary, summariseEvent } from "../../aggregate/summarise.js";
import type { EventMention } from "../../model/index.js";
import type { EventFilter, EventMentionRecord } from "../store.js";
import { RunningSummaries, type TallyLink } from "./running-summaries.js";

type StoredDetail = Omit<EventMention, "text">;

export class EventTables {
  readonly #db: Db;
  readonly #insertLink;
  readonly #linksOf;
  readonly #summaryLinksOf;
  readonly #eventsOfArticle;
  readonly #upsertEvent;
  readonly #deleteEvent;
  readonly #deleteLinksOf;
  readonly #outletOf;
  readonly #summarised;
  readonly #dataVersion;
  /** Busy events' summaries, extended by each transaction's new mentions. */
  readonly #running = new RunningSummaries();
  /** This transaction's new mentions by event, in the order they were stored. */
  readonly #pending = new Map<string, Array<Omit<TallyLink, "outlet">>>();
  #version: unknown;

  constructor(db: Db) {
    this.#db = db;
    this.#insertLink = db.prepare(
      "INSERT INTO event_links (article, idx, event, detail) VALUES (?, ?, ?, ?)",
    );
    this.#linksOf = db.prepare(
      `SELECT l.event, a.id AS article, a.outlet, a.text, l.detail
       FROM event_links l JOIN articles a ON a.seq = l.article
       WHERE l.event = ? ORDER BY a.id, l.idx`,
    );
    this.#summaryLinksOf = db.prepare(
      `SELECT l.event, a.id AS article, a.outlet, l.detail, l.article AS seq, l.idx
       FROM event_links l JOIN articles a ON a.seq = l.article WHERE l.event = ?`,
    );
    this.#eventsOfArticle = db
      .prepare("SELECT DISTINCT event FROM event_links WHERE article = ?")
      .pluck();
    this.#upsertEvent = db.prepare(
      `INSERT OR REPLACE INTO events (id, date, date_first, date_last, root, cameo, source_code,
         source_country, target_code, target_country, num_mentions, num_articles, num_sources,
         summary)
       VALUES (@id, @date, @date_first, @date_last, @root, @cameo, @source_code, @source_country,
         @target_code, @target_country, @num_mentions, @num_articles, @num_sources, @summary)`,
    );
    this.#deleteEvent = db.prepare("DELETE FROM events WHERE id = ?");
    this.#deleteLinksOf = db.prepare("DELETE FROM event_links WHERE article = ?");
    this.#outletOf = db.prepare("SELECT outlet FROM articles WHERE seq = ?").pluck();
    this.#summarised = db.prepare("SELECT 1 FROM events WHERE id = ?").pluck();
    // Changes when another connection commits: its mentions are not in the running summaries.
    this.#dataVersion = db.prepare("PRAGMA data_version").pluck();
  }

  /** Stores an article's event mentions; returns the events they touch, to summarise after. */
  put(seq: number | bigint, events: readonly EventMention[]): string[] {
    return events.map((mention, index) => {
      const id = eventId(mention);
      // The text is the article's slice: stored once, with the article.
      this.#insertLink.run(seq, index, id, JSON.stringify({ ...mention, text: undefined }));
      const pending = this.#pending.get(id);
      const link = { seq: Number(seq), idx: index, mention };
      if (pending) pending.push(link);
      else this.#pending.set(id, [link]);
      return id;
    });
  }

  /**
   * Replaces an article's event mentions with a recoding of it; returns the events both the old
   * and the new mentions belong to, to summarise after (an old event may lose its last mention).
   */
  replace(seq: number | bigint, events: readonly EventMention[]): string[] {
    const before = this.eventsOf(seq);
    this.#deleteLinksOf.run(seq);
    // Mentions of this article put earlier in the same transaction are gone too: a summary must
    // not count them (an undated copy and its dated copy in one batch).
    for (const [id, links] of this.#pending) {
      const kept = links.filter((link) => link.seq !== Number(seq));
      if (kept.length === 0) this.#pending.delete(id);
      else if (kept.length !== links.length) this.#pending.set(id, kept);
    }
    return [...before, ...this.put(seq, events)];
  }

  /** The events an article's mentions belong to (its outlet changed: their counts may have). */
  eventsOf(seq: number | bigint): string[] {
    const events = this.#eventsOfArticle.all(seq) as string[];
    // Their mentions are about to change in place (an outlet, a recoding): not an append.
    for (const event of events) this.#running.forget(event);
    return events;
  }

  /** Rewrites the summary of each event from all its mentions: the incremental aggregation. */
  refresh(ids: Iterable<string>): void {
    const version = this.#dataVersion.get();
    if (version !== this.#version) this.#running.forget();
    this.#version = version;
    const outlets = new Map<number, string | null>();
    const outletOf = (seq: number) => {
      let outlet = outlets.get(seq);
      if (outlet === undefined) {
        outlet = this.#outletOf.get(seq) as string | null;
        outlets.set(seq, outlet);
      }
      return outlet;
    };
    const withOutlets = (links: ReadonlyArray<Omit<TallyLink, "outlet">>) =>
      links.map((link) => ({ ...link, outlet: outletOf(link.seq) }));
    for (const id of new Set(ids)) {
      const pending = this.#pending.get(id) ?? [];
      let summary: EventSummary | undefined;
      if (this.#running.has(id)) {
        summary = this.#running.extend(id, withOutlets(pending));
      } else if (pending.length > 0 && this.#summarised.get(id) === undefined) {
        // Every event with mentions has a summary row, written in the transaction that stored
        // them: without one, this transaction's mentions are all the event has.
        summary = this.#running.start(id, withOutlets(pending), false);
      }
      summary ??= this.#summarise(id);
      if (summary === undefined) {
        this.#deleteEvent.run(id);
        continue;
      }
      const bounds = dateBounds(summary.date);
      this.#upsertEvent.run({
        id,
        date: summary.date,
        date_first: bounds.first,
        date_last: bounds.last,
        root: summary.cameo.slice(0, 2),
        cameo: summary.cameo,
        source_code: summary.source?.code ?? null,
        source_country: summary.source?.country ?? null,
        target_code: summary.target?.code ?? null,
        target_country: summary.target?.country ?? null,
        num_mentions: summary.numMentions,
        num_articles: summary.numArticles,
        num_sources: summary.numSources,
        summary: JSON.stringify(summary),
      });
    }
    this.#pending.clear();
  }

  /** An event's summary from all its stored mentions; undefined when it has none left. */
  #summarise(id: string): EventSummary | undefined {
    const rows = this.#summaryLinksOf.all(id) as SummaryRow[];
    const links = rows.map((row): EventLink & TallyLink => ({
      event: row.event,
      article: row.article,
      outlet: row.outlet,
      mention: JSON.parse(row.detail) as StoredDetail,
      seq: row.seq,
      idx: row.idx,
    }));
    this.#running.start(id, links, true);
    return links.length === 0 ? undefined : summariseEvent(links);
  }

  /** After a rolled-back transaction: what was counted may not be stored. */
  forget(): void {
    this.#running.forget();
    this.#pending.clear();
  }

  /** Every mention of one event, with its text, article id and outlet, in article order. */
  mentions(id: string): EventMentionRecord[] {
    const rows = this.#linksOf.all(id) as LinkRow[];
    return rows.map((row) => toRecord(row));
  }

  /** Aggregated events matching a filter, by date (undated last), then id. */
  events(filter: EventFilter = {}): EventSummary[] {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (filter.id) {
      where.push("id = @id");
      params.id = filter.id;
    }
    if (filter.dyad) {
      // A side is named by its country ("KEN") or, like --actor, by its full code ("KENGOV").
      where.push(
        `(source_country = @dyadSource OR source_code = @dyadSource) AND
         (target_country = @dyadTarget OR target_code = @dyadTarget)`,
      );
      params.dyadSource = filter.dyad.source;
      params.dyadTarget = filter.dyad.target;
    }
    if (filter.actor) {
      where.push(
        `(source_code = @actor OR source_country = @actor OR
          target_code = @actor OR target_country = @actor)`,
      );
      params.actor = filter.actor;
    }
    if (filter.from) {
      where.push("date_last >= @from");
      params.from = filter.from;
    }
    if (filter.to) {
      where.push("date_first <= @to");
      params.to = filter.to;
    }
    if (filter.root) {
      where.push("root = @root");
      params.root = filter.root;
    }
    // Only fixed clauses are joined here; every value is a bound parameter.
    const sql = `SELECT summary FROM events ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY date_first IS NULL, date_first, id`;
    const rows = this.#db.prepare(sql).pluck().all(params) as string[];
    return rows.map((json) => JSON.parse(json) as EventSummary);
  }

  count(): number {
    return this.#db.prepare("SELECT count(*) FROM events").pluck().get() as number;
  }
}

interface SummaryRow extends Omit<LinkRow, "text"> {
  seq: number;
  idx: number;
}

interface LinkRow {
  event: string;
  article: string;
  outlet: string | null;
  text: string;
  detail: string;
}

function toRecord(row: LinkRow): EventMentionRecord {
  const detail = JSON.parse(row.detail) as StoredDetail;
  const mention: EventMention = { ...detail, text: row.text.slice(detail.start, detail.end) };
  return { event: row.event, article: row.article, outlet: row.outlet, mention };
}
