/** Schema migrations, applied in order; each version is recorded so a database upgrades in place. */

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Child rows key on the article's integer `seq`, not its text id: new articles then append to the
 * end of every B-tree instead of landing on random pages, which kept commits small (2× faster
 * ingest at 20,000 articles).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, paths, paragraphs, sentences, diagnostics",
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT,
        title_source TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,
        published_source TEXT,
        published_inferred INTEGER NOT NULL DEFAULT 0,
        language TEXT,
        english INTEGER NOT NULL,
        story TEXT,
        text TEXT NOT NULL,
        chars INTEGER NOT NULL,
        paragraphs INTEGER NOT NULL,
        sentences INTEGER NOT NULL,
        tokens INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX articles_published ON articles (published);
      CREATE TABLE article_paths (
        article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        line INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article, path, line)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE paragraphs (
        article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (article, idx)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE sentences (
        article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        first_token INTEGER NOT NULL,
        end_token INTEGER NOT NULL,
        PRIMARY KEY (article, idx)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE diagnostics (
        article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        rule_id TEXT NOT NULL,
        severity TEXT NOT NULL,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        start INTEGER,
        end INTEGER,
        PRIMARY KEY (article, idx)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    // An article's actor mentions are one row: a JSON array of compact tuples (sentence, start,
    // end, type, name, code, country, sector, rule ids, members); the mention text is the article
    // text's slice. Seventy rows per article had cost a fifth of ingest time. Rule names
    // (dictionary entries) repeat across thousands of mentions: stored once in \`rules\`.
    name: "actor mentions",
    sql: `
      CREATE TABLE actor_mentions (
        article INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
        count INTEGER NOT NULL,
        mentions TEXT NOT NULL
      ) STRICT;
      CREATE TABLE rules (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      ) STRICT;
    `,
  },
  {
    version: 3,
    // Paragraph and sentence spans are read per article, never queried one by one: one row of
    // JSON arrays per article instead of ~40 rows cut the inserts of an ingest by two thirds.
    name: "article layout",
    sql: `
      CREATE TABLE article_layout (
        article INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
        paragraphs TEXT NOT NULL CHECK (json_valid(paragraphs)),
        sentences TEXT NOT NULL CHECK (json_valid(sentences))
      ) STRICT;
      INSERT INTO article_layout (article, paragraphs, sentences)
        SELECT a.seq,
          (SELECT json_group_array(json_array(p.start, p.end))
             FROM (SELECT * FROM paragraphs WHERE article = a.seq ORDER BY idx) p),
          (SELECT json_group_array(
                    json_array(x.paragraph, x.start, x.end, x.first_token, x.end_token))
             FROM (SELECT * FROM sentences WHERE article = a.seq ORDER BY idx) x)
        FROM articles a;
      DROP TABLE paragraphs;
      DROP TABLE sentences;
    `,
  },
  {
    version: 4,
    // event_links holds every event mention (its JSON in \`detail\`) under the event it reports;
    // events is their summary, rewritten for the events a batch touches and never for the rest.
    name: "events",
    sql: `
      CREATE TABLE event_links (
        article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        event TEXT NOT NULL,
        detail TEXT NOT NULL,
        PRIMARY KEY (article, idx)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX event_links_event ON event_links (event);
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        date TEXT,
        date_first TEXT,
        date_last TEXT,
        root TEXT NOT NULL,
        cameo TEXT NOT NULL,
        source_code TEXT,
        source_country TEXT,
        target_code TEXT,
        target_country TEXT,
        num_mentions INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        summary TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_date ON events (date_first);
    `,
  },
  {
    version: 5,
    // v4 keyed each mention's link by its event's hash and rewrote a summary row for every event
    // a batch touched: most of a commit's pages were random pages of the hash-keyed indexes and
    // of the events table (~480 pages per 16 articles). Every query reads each listed event's
    // mentions anyway, so the summary is now made there, from them, and an event is written once:
    // its row number, in order of first report, keys its mentions' index, where a new event's
    // mentions append. Only the id's own index still takes a random insert, once per new event.
    // The date index went too: listing events reads the corpus's actor mentions and every
    // event's mentions, beside which scanning this narrow table is cheap.
    name: "event rows in order of first report; summaries made when read",
    sql: `
      CREATE TABLE event_ids (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        date_first TEXT,
        date_last TEXT,
        root TEXT NOT NULL
      ) STRICT;
      INSERT INTO event_ids (id, date_first, date_last, root)
        SELECT e.id, e.date_first, e.date_last, e.root
        FROM (SELECT event, min(article) AS article FROM event_links GROUP BY event) f
          JOIN events e ON e.id = f.event
        ORDER BY f.article, f.event;
      CREATE TABLE event_mentions (
        article INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        event INTEGER NOT NULL,
        detail TEXT NOT NULL,
        PRIMARY KEY (article, idx)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO event_mentions (article, idx, event, detail)
        SELECT l.article, l.idx, e.seq, l.detail
        FROM event_links l JOIN event_ids e ON e.id = l.event
        ORDER BY l.article, l.idx;
      DROP TABLE event_links;
      DROP TABLE events;
      ALTER TABLE event_mentions RENAME TO event_links;
      ALTER TABLE event_ids RENAME TO events;
      CREATE INDEX event_links_event ON event_links (event);
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
