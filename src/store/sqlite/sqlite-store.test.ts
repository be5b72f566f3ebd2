import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { type Document, UserError } from "../../model/index.js";
import { runStoreContract, sampleDocument } from "../store.contract.js";
import { LATEST_VERSION, MIGRATIONS } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

const tempDir = () => mkdtempSync(join(tmpdir(), "dyad-store-"));

runStoreContract("sqlite in memory", () => openSqliteStore(":memory:"));
runStoreContract("sqlite file", () => openSqliteStore(join(tempDir(), "t.db")));

describe("sqlite store", () => {
  it("records the schema version and uses WAL", () => {
    const file = join(tempDir(), "v.db");
    openSqliteStore(file).close();
    const db = new Database(file);
    expect(db.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBe(
      LATEST_VERSION,
    );
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("upgrades a database of an older schema in place", () => {
    const file = join(tempDir(), "old.db");
    const db = new Database(file);
    const [first] = MIGRATIONS;
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    db.exec(first?.sql ?? "");
    db.prepare("INSERT INTO schema_migrations VALUES (1, 'v1')").run();
    db.close();
    const store = openSqliteStore(file);
    store.put(sampleDocument());
    expect(store.stats()).toMatchObject({ articles: 1, actorMentions: 0 });
    store.close();
    const check = new Database(file);
    expect(check.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBe(
      LATEST_VERSION,
    );
    check.close();
  });

  it("keeps the sentence spans of articles stored before the layout migration", () => {
    const file = join(tempDir(), "v2.db");
    const db = new Database(file);
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    for (const migration of MIGRATIONS.filter((m) => m.version <= 2)) db.exec(migration.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (1, 'v1'), (2, 'v2')").run();
    db.prepare(
      `INSERT INTO articles (seq, id, english, text, chars, paragraphs, sentences, tokens)
       VALUES (1, 'a000000000000000', 1, 'One. Two.', 9, 1, 2, 4)`,
    ).run();
    db.exec("INSERT INTO paragraphs VALUES (1, 0, 0, 9)");
    db.exec("INSERT INTO sentences VALUES (1, 1, 0, 5, 9, 2, 4), (1, 0, 0, 0, 4, 0, 2)");
    db.close();
    const store = openSqliteStore(file);
    expect(store.sentenceSpans("a000000000000000")).toEqual([
      { start: 0, end: 4, paragraph: 0 },
      { start: 5, end: 9, paragraph: 0 },
    ]);
    store.close();
  });

  it("reopens an existing database without migrating twice", () => {
    const file = join(tempDir(), "r.db");
    const first = openSqliteStore(file);
    first.put(sampleDocument());
    first.close();
    const second = openSqliteStore(file);
    expect(second.stats().articles).toBe(1);
    second.close();
  });

  it("refuses a database written by a newer dyad", () => {
    const file = join(tempDir(), "n.db");
    openSqliteStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations VALUES (?, 'future')").run(LATEST_VERSION + 1);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/newer than this dyad understands/);
  });

  it("reports a missing database as a user error when it must exist", () => {
    const file = join(tempDir(), "missing.db");
    expect(() => openSqliteStore(file, { mustExist: true })).toThrow(UserError);
    expect(() => openSqliteStore(file, { mustExist: true })).toThrow(/no database here/);
  });

  it("reports a file that is not SQLite", () => {
    const file = join(tempDir(), "text.db");
    writeFileSync(file, "this is not a database, just some words in a file ".repeat(100));
    expect(() => openSqliteStore(file)).toThrow(/not a dyad database/);
  });

  it("reports a read-only database on write", () => {
    if (process.getuid?.() === 0) {
      // root ignores file permissions; open SQLite read-only instead to get the same error.
      const file = join(tempDir(), "ro.db");
      openSqliteStore(file).close();
      const db = new Database(file, { readonly: true });
      expect(() => db.prepare("INSERT INTO schema_migrations VALUES (99, 'x')").run()).toThrow(
        /readonly/,
      );
      db.close();
      return;
    }
    const file = join(tempDir(), "ro.db");
    openSqliteStore(file).close();
    chmodSync(file, 0o444);
    expect(() => openSqliteStore(file).put(sampleDocument())).toThrow(/read-only/);
  });

  it("reports a database locked by another writer", () => {
    const file = join(tempDir(), "lock.db");
    openSqliteStore(file).close();
    const holder = new Database(file);
    holder.exec("BEGIN IMMEDIATE");
    const store = openSqliteStore(file, { busyTimeoutMs: 50 });
    expect(() => store.put(sampleDocument())).toThrow(/locked by another process/);
    holder.exec("ROLLBACK");
    holder.close();
    store.close();
  });

  it("keeps nothing of a batch whose transaction fails", () => {
    const store = openSqliteStore(":memory:");
    const good = sampleDocument({ id: "a000000000000000" });
    const broken = sampleDocument({ id: "b000000000000000" });
    expect(() => store.putAll([good, unstorable(broken)])).toThrow();
    expect(store.stats()).toMatchObject({ articles: 0, paths: 0, sentences: 0 });
    store.close();
  });

  it("keeps nothing of an article whose transaction fails", () => {
    const store = openSqliteStore(":memory:");
    const broken = sampleDocument();
    expect(() => store.put(unstorable(broken))).toThrow();
    expect(store.stats()).toMatchObject({ articles: 0, paths: 0, sentences: 0 });
    store.close();
  });
});

/** A document that fails after its article row is written: a span JSON cannot serialise. */
function unstorable(document: Document): Document {
  const sentences = (document.sentences ?? []).map((s) => ({ ...s, start: BigInt(s.start) }));
  return { ...document, sentences } as unknown as Document;
}
