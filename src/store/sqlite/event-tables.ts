/**
 * Event mentions and the events they report, in SQLite. An event is written once, when first
 * reported; its summary is made when it is read, from all its mentions: every query reads them
 * anyway, and rewriting the summary of each event a batch touched was most of ingest's cost.
 */

import type Database from "better-sqlite3";

type Db = Database.Database;
import { dateBounds, eventId } from "../../aggregate/event-key.js";
import { type EventLink, type EventSummary, summariseEvent } from "../../aggregate/summarise.js";
import type { EventMention } from "../../model/index.js";
import type { EventFilter, EventMentionRecord, EventWithMentions } from "../store.js";

type StoredDetail = Omit<EventMention, "text">;

export class EventTables {
  readonly #db: Db;
  readonly #insertLink;
  readonly #seqOf;
  readonly #insertEvent;
  readonly #eventsOfArticle;
  readonly #deleteLinksOf;
  readonly #hasLinks;
  readonly #deleteEvent;
  readonly #linksOf;

  constructor(db: Db) {
    this.#db = db;
    this.#insertLink = db.prepare(
      "INSERT INTO event_links (article, idx, event, detail) VALUES (?, ?, ?, ?)",
    );
    this.#seqOf = db.prepare("SELECT seq FROM events WHERE id = ?").pluck();
    this.#insertEvent = db.prepare(
      "INSERT INTO events (id, date_first, date_last, root) VALUES (?, ?, ?, ?)",
    );
    this.#eventsOfArticle = db
      .prepare("SELECT DISTINCT event FROM event_links WHERE article = ?")
      .pluck();
    this.#deleteLinksOf = db.prepare("DELETE FROM event_links WHERE article = ?");
    this.#hasLinks = db.prepare("SELECT 1 FROM event_links WHERE event = ? LIMIT 1").pluck();
    this.#deleteEvent = db.prepare("DELETE FROM events WHERE seq = ?");
    this.#linksOf = db.prepare(
      `SELECT e.id AS event, a.id AS article, a.outlet, a.text, l.detail
       FROM events e
         JOIN event_links l ON l.event = e.seq
         JOIN articles a ON a.seq = l.article
       WHERE e.id = ? ORDER BY a.id, l.idx`,
    );
  }

  /** Stores an article's event mentions, each under its event, which is added when new. */
  put(seq: number | bigint, events: readonly EventMention[]): void {
    events.forEach((mention, index) => {
      const event = this.#eventRow(eventId(mention), mention);
      // The text is the article's slice: stored once, with the article.
      this.#insertLink.run(seq, index, event, JSON.stringify({ ...mention, text: undefined }));
    });
  }

  /** Replaces an article's event mentions with a recoding of it; events left without any go. */
  replace(seq: number | bigint, events: readonly EventMention[]): void {
    const before = this.#eventsOfArticle.all(seq) as number[];
    this.#deleteLinksOf.run(seq);
    this.put(seq, events);
    for (const event of before) {
      if (this.#hasLinks.get(event) === undefined) this.#deleteEvent.run(event);
    }
  }

  /** The row number of an event, adding its row if this is its first report. */
  #eventRow(id: string, mention: EventMention): number | bigint {
    const known = this.#seqOf.get(id) as number | undefined;
    if (known !== undefined) return known;
    // Every mention of an event has its date and CAMEO root: they are part of its identity.
    const bounds = dateBounds(mention.date);
    return this.#insertEvent.run(id, bounds.first, bounds.last, mention.cameo.slice(0, 2))
      .lastInsertRowid;
  }

  /** Every mention of one event, with its text, article id and outlet, in article order. */
  mentions(id: string): EventMentionRecord[] {
    const rows = this.#linksOf.all(id) as LinkRow[];
    return rows.map((row) => toRecord(row));
  }

  /** Aggregated events matching a filter, by date (undated last), then id. */
  events(filter: EventFilter = {}): EventSummary[] {
    return this.#list(filter, false).map(({ summary }) => summary);
  }

  /** `events`, each with its mentions as `mentions` gives them. */
  eventsWithMentions(filter: EventFilter = {}): EventWithMentions[] {
    return this.#list(filter, true);
  }

  /**
   * The events a filter selects with their summaries, made from all their mentions in one pass
   * over the mentions in event order, each event's in the order they were stored (which decides
   * between values reported equally often); with the mentions themselves when `withMentions`.
   */
  #list(filter: EventFilter, withMentions: boolean): EventWithMentions[] {
    // One snapshot for both reads: another process may commit between them.
    return this.#db.transaction(() => this.#readListed(filter, withMentions))();
  }

  #readListed(filter: EventFilter, withMentions: boolean): EventWithMentions[] {
    const { matching, params } = matchingEvents(filter);
    const order = this.#db
      .prepare(`${matching} ORDER BY date_first IS NULL, date_first, id`)
      .pluck()
      .all(params) as number[];
    const rows = this.#db
      .prepare(
        `SELECT l.event, e.id, a.id, a.outlet, l.detail, ${withMentions ? "a.text" : "NULL"}
         FROM (${matching}) e
           JOIN event_links l ON l.event = e.seq
           JOIN articles a ON a.seq = l.article
         ORDER BY l.event, l.article, l.idx`,
      )
      .raw()
      .iterate(params) as Iterable<ListedRow>;
    const listed = new Map<number, EventWithMentions>();
    let group: ListedRow[] = [];
    const close = () => {
      const [first] = group;
      if (first) listed.set(first[0], listedEvent(group, withMentions));
      group = [];
    };
    // Each row brings its own copy of the article's text, and a mention's text, a slice of it,
    // would keep that copy alive: one copy per article, not per mention, is kept.
    const texts = new Map<string, string>();
    for (const row of rows) {
      if (row[0] !== group[0]?.[0]) close();
      const [, , article, , , text] = row;
      if (text !== null) {
        const kept = texts.get(article);
        if (kept === undefined) texts.set(article, text);
        else row[5] = kept;
      }
      group.push(row);
    }
    close();
    return order.flatMap((seq) => {
      const event = listed.get(seq);
      return event && matchesActors(event.summary, filter) ? [event] : [];
    });
  }

  count(): number {
    return this.#db.prepare("SELECT count(*) FROM events").pluck().get() as number;
  }
}

/** A mention as listed: event row, event id, article id, outlet, details, article text. */
type ListedRow = [number, string, string, string | null, string, string | null];

/** The stored filters as a query of the matching events' row numbers and ids. */
function matchingEvents(filter: EventFilter): { matching: string; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.id) {
    where.push("id = @id");
    params.id = filter.id;
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
  const matching = `SELECT seq, id FROM events ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`;
  return { matching, params };
}

/** One event from its mentions' rows, in stored order; its mentions listed in article order. */
function listedEvent(rows: readonly ListedRow[], withMentions: boolean): EventWithMentions {
  const links = rows.map(([, event, article, outlet, detail]): EventLink => {
    return { event, article, outlet, mention: JSON.parse(detail) as StoredDetail };
  });
  const summary = summariseEvent(links);
  if (!withMentions) return { summary, mentions: [] };
  // As `mentions` orders them: by article id as SQLite compares text (its UTF-8 bytes), then
  // index; rows come in stored order, which within an article is index order.
  const mentions = links
    .map((link, index) => ({ link, index, key: Buffer.from(link.article) }))
    .sort((a, b) => Buffer.compare(a.key, b.key) || a.index - b.index)
    .map(({ link, index }) => withText(link, rows[index]?.[5] ?? ""));
  return { summary, mentions };
}

/** The dyad and actor filters: they ask about the summary's actors, the most reported ones. */
function matchesActors(summary: EventSummary, filter: EventFilter): boolean {
  const { source, target } = summary;
  // A side is named by its country ("KEN") or, like --actor, by its full code ("KENGOV").
  const named = (side: EventSummary["source"], code: string) =>
    side !== null && (side.country === code || side.code === code);
  if (filter.dyad && !(named(source, filter.dyad.source) && named(target, filter.dyad.target))) {
    return false;
  }
  return !filter.actor || named(source, filter.actor) || named(target, filter.actor);
}

interface LinkRow {
  event: string;
  article: string;
  outlet: string | null;
  text: string;
  detail: string;
}

function toRecord(row: LinkRow): EventMentionRecord {
  const { event, article, outlet } = row;
  return withText(
    { event, article, outlet, mention: JSON.parse(row.detail) as StoredDetail },
    row.text,
  );
}

/** A stored mention with its text, the article's slice. */
function withText(link: EventLink, text: string): EventMentionRecord {
  const { mention } = link;
  return { ...link, mention: { ...mention, text: text.slice(mention.start, mention.end) } };
}
