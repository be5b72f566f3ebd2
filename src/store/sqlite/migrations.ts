/** Schema migrations, applied in order; each version is recorded so a database upgrades in place. */

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, paths, paragraphs, sentences, diagnostics",
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
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
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        line INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, path, line)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE paragraphs (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        first_token INTEGER NOT NULL,
        end_token INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE diagnostics (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        rule_id TEXT NOT NULL,
        severity TEXT NOT NULL,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        start INTEGER,
        end INTEGER,
        PRIMARY KEY (article_id, idx)
      ) STRICT, WITHOUT ROWID;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
