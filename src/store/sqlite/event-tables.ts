/** Event mentions and aggregated events in SQLite: written with their article, summarised per event. */

import type Database from "better-sqlite3";

type Db = Database.Database;
import { dateBounds, eventId } from "../../aggregate/event-key.js";
import { type EventLink, type EventSummary, summariseEvent } from "../../aggregate/summarise.js";
import type { EventMention } from "../../model/index.js";
import type { EventFilter, EventMentionRecord } from "../store.js";

type StoredDetail = Omit<EventMention, "text">;

export class EventTables {
  readonly #db: Db;
  readonly #insertLink;
  readonly #linksOf;
  readonly #summaryLinksOf;
  readonly #eventsOfArticle;
  readonly #upsertEvent;
  readonly #deleteEvent;

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
      `SELECT l.event, a.id AS article, a.outlet, l.detail
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
  }

  /** Stores an article's event mentions; returns the events they touch, to summarise after. */
  put(seq: number | bigint, events: readonly EventMention[]): string[] {
    return events.map((mention, index) => {
      const id = eventId(mention);
      // The text is the article's slice: stored once, with the article.
      this.#insertLink.run(seq, index, id, JSON.stringify({ ...mention, text: undefined }));
      return id;
    });
  }

  /** The events an article's mentions belong to (its outlet changed: their counts may have). */
  eventsOf(seq: number | bigint): string[] {
    return this.#eventsOfArticle.all(seq) as string[];
  }

  /** Rewrites the summary of each event from all its mentions: the incremental aggregation. */
  refresh(ids: Iterable<string>): void {
    for (const id of new Set(ids)) {
      const rows = this.#summaryLinksOf.all(id) as Array<Omit<LinkRow, "text">>;
      const links = rows.map((row): EventLink => ({
        event: row.event,
        article: row.article,
        outlet: row.outlet,
        mention: JSON.parse(row.detail) as StoredDetail,
      }));
      if (links.length === 0) {
        this.#deleteEvent.run(id);
        continue;
      }
      const summary = summariseEvent(links);
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
      where.push("source_country = @dyadSource AND target_country = @dyadTarget");
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
