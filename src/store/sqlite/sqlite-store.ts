/** The embedded store: one SQLite file in WAL mode, one transaction per article. */

import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { type ActorMention, type ActorRef, type Document, UserError } from "../../model/index.js";
import type { CorpusMention } from "../../resolve/actors.js";
import type { EventSummary } from "../../aggregate/summarise.js";
import type {
  ArticlePath,
  EventFilter,
  EventMentionRecord,
  EventWithMentions,
  ListOptions,
  PutOutcome,
  Store,
  StoredArticle,
  StoreStats,
} from "../store.js";
import { EventTables } from "./event-tables.js";
import { LATEST_VERSION, MIGRATIONS } from "./migrations.js";

type Db = Database.Database;

export interface OpenOptions {
  /** Refuse to create a new database (for commands that only read). */
  readonly mustExist?: boolean;
  /** How long to wait for another writer before reporting the database as locked. */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (creating and migrating when needed) the database at `file`; ":memory:" for tests.
 * Failures a user can fix (read-only file, locked, not a database) become a `UserError`.
 * @example const store = openSqliteStore("dyad.db"); store.put(document); store.close();
 */
export function openSqliteStore(file: string, options: OpenOptions = {}): Store {
  if (options.mustExist && file !== ":memory:" && !existsSync(file)) {
    throw new UserError(file, "no database here (run `dyad ingest` first, or pass --db FILE)");
  }
  return translateErrors(file, () => new SqliteStore(file, options));
}

class SqliteStore implements Store {
  readonly #db: Db;
  readonly #file: string;
  readonly #statements;
  readonly #putTransaction;
  readonly #putAllTransaction;
  readonly #ruleCache = new Map<string, number>();
  readonly #events: EventTables;

  constructor(file: string, options: OpenOptions) {
    this.#file = file;
    this.#db = new Database(file, { fileMustExist: options.mustExist ?? false });
    try {
      this.#db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
      if (file !== ":memory:") this.#db.pragma("journal_mode = WAL");
      // WAL with NORMAL sync keeps every committed transaction consistent after a crash or kill;
      // only the last commits may be lost on power failure, which re-ingesting restores.
      this.#db.pragma("synchronous = NORMAL");
      // A checkpoint (two fsyncs, and a copy of every page changed since the last) every ~16MB of
      // log instead of SQLite's 4MB: an ingest commits ~1MB per batch, much of it the same index
      // pages again, so fewer checkpoints copy fewer pages and wait on the disk less often.
      this.#db.pragma("wal_autocheckpoint = 4000");
      this.#db.pragma("foreign_keys = ON");
      migrate(this.#db, file);
    } catch (error) {
      this.#db.close();
      throw error;
    }
    this.#statements = prepare(this.#db);
    this.#events = new EventTables(this.#db);
    this.#putTransaction = this.#db.transaction((document: Document) => this.#put(document));
    this.#putAllTransaction = this.#db.transaction((documents: readonly Document[]) =>
      documents.map((document) => this.#put(document)),
    );
  }

  put(document: Document): PutOutcome {
    return this.#atomically(() => this.#putTransaction.immediate(document));
  }

  putAll(documents: readonly Document[]): PutOutcome[] {
    return this.#atomically(() => this.#putAllTransaction.immediate(documents));
  }

  /** A rolled-back transaction may have taken rule ids with it: forget them too. */
  #atomically<T>(write: () => T): T {
    try {
      return translateErrors(this.#file, write);
    } catch (error) {
      this.#ruleCache.clear();
      throw error;
    }
  }

  #put(document: Document): PutOutcome {
    const s = this.#statements;
    const { origin, meta } = document;
    const line = origin.line ?? 0;
    const stored = s.knownArticle.get(document.id) as
      { seq: number; published: string | null } | undefined;
    const metaParams = {
      id: document.id,
      title: meta.title,
      title_source: meta.titleSource,
      outlet: meta.outlet,
      url: meta.url,
      published: meta.published,
      published_source: meta.publishedSource,
    };
    if (stored !== undefined) {
      const known = stored.seq;
      const fill = s.fillMeta.run(metaParams);
      if (stored.published === null && meta.published !== null) {
        // The stored copy was coded without a publication date, so "on Monday" stayed undated and
        // dated actor codes fell back; this copy was coded with the date the article now has.
        // Its mentions replace the old ones, so ingestion order cannot change them.
        s.deleteMentions.run(known);
        this.#putMentions(known, document.actorMentions ?? []);
        this.#events.replace(known, document.events ?? []);
      }
      const path = s.insertPath.run(known, origin.path, origin.format, line);
      if (path.changes > 0) return "path-added";
      return fill.changes > 0 ? "updated" : "unchanged";
    }
    const sentences = document.sentences ?? [];
    const paragraphs = document.paragraphs ?? [];
    const seq = s.insertArticle.run({
      ...metaParams,
      published_inferred: meta.publishedInferred ? 1 : 0,
      language: document.language?.code ?? null,
      english: document.language?.english === false ? 0 : 1,
      text: document.text,
      chars: document.text.length,
      paragraphs: paragraphs.length,
      sentences: sentences.length,
      tokens: document.tokens?.length ?? 0,
    }).lastInsertRowid;
    s.insertPath.run(seq, origin.path, origin.format, line);
    s.insertLayout.run(
      seq,
      JSON.stringify(paragraphs.map((p) => [p.start, p.end])),
      JSON.stringify(sentences.map((x) => [x.paragraph, x.start, x.end, x.firstToken, x.endToken])),
    );
    this.#putMentions(seq, document.actorMentions ?? []);
    this.#events.put(seq, document.events ?? []);
    document.diagnostics.forEach((d, index) => {
      s.insertDiagnostic.run(
        seq,
        index,
        d.ruleId,
        d.severity,
        d.source,
        d.reason,
        d.place?.start ?? null,
        d.place?.end ?? null,
      );
    });
    return "stored";
  }

  #putMentions(seq: number | bigint, mentions: readonly ActorMention[]): void {
    if (mentions.length === 0) return;
    this.#statements.insertMentions.run(
      seq,
      mentions.length,
      JSON.stringify(mentions.map((m) => this.#pack(m))),
    );
  }

  *articles(options: ListOptions = {}): Iterable<StoredArticle> {
    const rows = this.#statements.listArticles.iterate() as Iterable<ArticleRow>;
    // Collect first: better-sqlite3 forbids other statements on the connection while iterating.
    const all = [...rows];
    for (const row of all) yield this.#toArticle(row, options);
  }

  article(id: string, options: ListOptions = {}): StoredArticle | undefined {
    const row = this.#statements.getArticle.get(id) as ArticleRow | undefined;
    return row && this.#toArticle(row, options);
  }

  sentenceSpans(id: string) {
    const packed = this.#statements.sentences.get(id) as string | undefined;
    if (packed === undefined) return [];
    return (JSON.parse(packed) as PackedSentence[]).map(([paragraph, start, end]) => ({
      start,
      end,
      paragraph,
    }));
  }

  events(filter?: EventFilter): EventSummary[] {
    return this.#events.events(filter);
  }

  eventMentions(id: string): EventMentionRecord[] {
    return this.#events.mentions(id);
  }

  eventsWithMentions(filter?: EventFilter): EventWithMentions[] {
    return this.#events.eventsWithMentions(filter);
  }

  actorMentions(id: string): ActorMention[] {
    const row = this.#statements.mentions.get(id) as { text: string; mentions: string } | undefined;
    return row ? this.#unpack(row.text, row.mentions) : [];
  }

  corpusMentions(): CorpusMention[] {
    const rows = this.#statements.corpusMentions.all() as Array<{
      article: string;
      published: string | null;
      text: string;
      mentions: string;
    }>;
    return rows.flatMap((row) =>
      this.#unpack(row.text, row.mentions)
        .filter((m) => m.type === "person" || m.type === "organisation")
        .map((m) => ({
          article: row.article,
          published: row.published,
          type: m.type,
          name: m.name,
          code: m.code,
          country: m.country,
          sector: m.sector,
          start: m.start,
          end: m.end,
          text: m.text,
          rules: m.rules,
        })),
    );
  }

  /** A mention as a compact tuple; its text is the article's slice, so it is not stored twice. */
  #pack(m: ActorMention): PackedMention {
    const packed: PackedMention = [
      m.sentence,
      m.start,
      m.end,
      m.type,
      m.name,
      m.code,
      m.country,
      m.sector,
      this.#ruleIds(m.rules),
    ];
    if (m.members) packed.push([...m.members]);
    return packed;
  }

  #unpack(text: string, json: string): ActorMention[] {
    const names = this.#ruleNames();
    return (JSON.parse(json) as PackedMention[]).map((p) => {
      const [sentence, start, end, type, name, code, country, sector, rules, members] = p;
      const mention: ActorMention = {
        kind: "actor-mention",
        sentence,
        start,
        end,
        text: text.slice(start, end),
        type,
        name,
        code,
        country,
        sector,
        rules: rules.map((id) => names.get(id) ?? String(id)),
      };
      return members ? { ...mention, members } : mention;
    });
  }

  /** Interns rule names; the cache lives as long as the connection, the table forever. */
  #ruleIds(rules: readonly string[]): number[] {
    return rules.map((rule) => {
      let id = this.#ruleCache.get(rule);
      if (id === undefined) {
        this.#statements.insertRule.run(rule);
        id = this.#statements.ruleId.get(rule) as number;
        this.#ruleCache.set(rule, id);
      }
      return id;
    });
  }

  #ruleNames(): Map<number, string> {
    const rows = this.#statements.allRules.all() as Array<{ id: number; name: string }>;
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  stats(): StoreStats {
    return this.#statements.stats.get() as StoreStats;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #toArticle(row: ArticleRow, options: ListOptions): StoredArticle {
    const paths = (this.#statements.paths.all(row.seq) as PathRow[]).map((p): ArticlePath => ({
      path: p.path,
      format: p.format,
      line: p.line === 0 ? null : p.line,
    }));
    const article: StoredArticle = {
      id: row.id,
      paths,
      title: row.title,
      titleSource: row.title_source,
      outlet: row.outlet,
      url: row.url,
      published: row.published,
      publishedSource: row.published_source,
      publishedInferred: row.published_inferred === 1,
      language: row.language,
      english: row.english === 1,
      story: row.story,
      paragraphs: row.paragraphs,
      sentences: row.sentences,
      tokens: row.tokens,
      chars: row.chars,
    };
    return options.withText ? { ...article, text: row.text } : article;
  }
}

/** paragraph, start, end, first token, end token */
type PackedSentence = [number, number, number, number, number];

interface ArticleRow {
  seq: number;
  id: string;
  title: string | null;
  title_source: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  published_source: string | null;
  published_inferred: number;
  language: string | null;
  english: number;
  story: string | null;
  text: string;
  chars: number;
  paragraphs: number;
  sentences: number;
  tokens: number;
}

/** sentence, start, end, type, name, code, country, sector, rule ids, members? */
type PackedMention = [
  number,
  number,
  number,
  ActorMention["type"],
  string,
  string | null,
  string | null,
  string | null,
  number[],
  ActorRef[]?,
];

interface PathRow {
  path: string;
  format: ArticlePath["format"];
  line: number;
}

function prepare(db: Db) {
  return {
    knownArticle: db.prepare("SELECT seq, published FROM articles WHERE id = ?"),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, title, title_source, outlet, url, published, published_source,
         published_inferred, language, english, text, chars, paragraphs, sentences, tokens)
       VALUES (@id, @title, @title_source, @outlet, @url, @published, @published_source,
         @published_inferred, @language, @english, @text, @chars, @paragraphs, @sentences, @tokens)`,
    ),
    // A second copy of an article may know what the first did not (an outlet, a date): fill gaps,
    // never overwrite, so the order of ingestion cannot change what is stored.
    fillMeta: db.prepare(
      `UPDATE articles SET
         title = COALESCE(title, @title),
         title_source = CASE WHEN title IS NULL THEN @title_source ELSE title_source END,
         outlet = COALESCE(outlet, @outlet),
         url = COALESCE(url, @url),
         published_source = CASE WHEN published IS NULL THEN @published_source
           ELSE published_source END,
         published = COALESCE(published, @published)
       WHERE id = @id AND (
         (title IS NULL AND @title IS NOT NULL) OR (outlet IS NULL AND @outlet IS NOT NULL) OR
         (url IS NULL AND @url IS NOT NULL) OR (published IS NULL AND @published IS NOT NULL))`,
    ),
    insertPath: db.prepare(
      "INSERT OR IGNORE INTO article_paths (article, path, format, line) VALUES (?, ?, ?, ?)",
    ),
    insertLayout: db.prepare(
      "INSERT INTO article_layout (article, paragraphs, sentences) VALUES (?, ?, ?)",
    ),
    insertDiagnostic: db.prepare(
      `INSERT INTO diagnostics (article, idx, rule_id, severity, source, reason, start, end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    deleteMentions: db.prepare("DELETE FROM actor_mentions WHERE article = ?"),
    insertMentions: db.prepare(
      "INSERT INTO actor_mentions (article, count, mentions) VALUES (?, ?, ?)",
    ),
    corpusMentions: db.prepare(
      `SELECT a.id AS article, a.published, a.text, m.mentions
       FROM actor_mentions m JOIN articles a ON a.seq = m.article ORDER BY a.id`,
    ),
    allRules: db.prepare("SELECT id, name FROM rules"),
    insertRule: db.prepare("INSERT OR IGNORE INTO rules (name) VALUES (?)"),
    ruleId: db.prepare("SELECT id FROM rules WHERE name = ?").pluck(),
    mentions: db.prepare(
      `SELECT a.text, m.mentions FROM actor_mentions m JOIN articles a ON a.seq = m.article
       WHERE a.id = ?`,
    ),
    listArticles: db.prepare("SELECT * FROM articles ORDER BY published IS NULL, published, id"),
    getArticle: db.prepare("SELECT * FROM articles WHERE id = ?"),
    paths: db.prepare(
      "SELECT path, format, line FROM article_paths WHERE article = ? ORDER BY path, line",
    ),
    sentences: db
      .prepare(
        `SELECT l.sentences FROM article_layout l JOIN articles a ON a.seq = l.article
         WHERE a.id = ?`,
      )
      .pluck(),
    stats: db.prepare(
      `SELECT
         (SELECT count(*) FROM articles) AS articles,
         (SELECT count(*) FROM article_paths) AS paths,
         (SELECT coalesce(sum(paragraphs), 0) FROM articles) AS paragraphs,
         (SELECT coalesce(sum(sentences), 0) FROM articles) AS sentences,
         (SELECT coalesce(sum(tokens), 0) FROM articles) AS tokens,
         (SELECT coalesce(sum(chars), 0) FROM articles) AS chars,
         (SELECT count(*) FROM articles WHERE english = 0) AS nonEnglish,
         (SELECT count(*) FROM articles WHERE published IS NULL) AS undated,
         (SELECT count(DISTINCT outlet) FROM articles) AS outlets,
         (SELECT coalesce(sum(count), 0) FROM actor_mentions) AS actorMentions,
         (SELECT count(*) FROM events) AS events,
         (SELECT count(*) FROM event_links) AS eventMentions`,
    ),
  };
}

function migrate(db: Db, file: string): void {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)",
  );
  const current = (db.prepare("SELECT max(version) FROM schema_migrations").pluck().get() ??
    0) as number;
  if (current > LATEST_VERSION) {
    throw new UserError(
      file,
      `database schema version ${current} is newer than this dyad understands (${LATEST_VERSION}); upgrade dyad`,
    );
  }
  const record = db.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, ?)");
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name);
    }).immediate();
  }
}

const SQLITE_REASONS: Record<string, string> = {
  SQLITE_READONLY: "database is read-only",
  SQLITE_READONLY_DBMOVED: "database is read-only",
  SQLITE_BUSY: "database is locked by another process; try again when it has finished",
  SQLITE_LOCKED: "database is locked by another process; try again when it has finished",
  SQLITE_CANTOPEN: "cannot open the database file",
  SQLITE_NOTADB: "not a dyad database (the file is not SQLite)",
  SQLITE_CORRUPT: "database file is corrupt",
  SQLITE_FULL: "disk is full",
  SQLITE_IOERR: "input/output error on the database file",
  SQLITE_PERM: "permission denied",
};

function translateErrors<T>(file: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("SQLITE_")) {
      const reason = SQLITE_REASONS[code] ?? SQLITE_REASONS[code.replace(/_[A-Z]+$/, "")];
      if (reason) throw new UserError(file, reason);
    }
    throw error;
  }
}
