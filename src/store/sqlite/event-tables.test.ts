import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dateBounds, eventId } from "../../aggregate/event-key.js";
import { type EventLink, type EventSummary, summariseEvent } from "../../aggregate/summarise.js";
import { mulberry32 } from "../../bench/prng.js";
import type { ActorRef, Document, EventMention } from "../../model/index.js";
import { sampleDocument } from "../store.contract.js";
import type { Store } from "../store.js";
import { MIGRATIONS } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

describe("event summaries in the store", () => {
  const KEN: ActorRef = { name: "Kenya", code: "KEN", country: "KEN", sector: null };
  const names = ["Nairobi", "Kenya", "Ruto"];

  /** Documents whose events recur (one event gets most of them), with outlets of every kind. */
  function documents(count: number, seed: number): Document[] {
    const random = mulberry32(seed);
    const out: Document[] = [];
    for (let i = 0; i < count; i++) {
      const outlet = random() < 0.4 ? null : random() < 0.5 ? "Wire" : "Daily";
      const events: EventMention[] = [];
      for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
        const cameo = random() < 0.7 ? "040" : "042";
        events.push({
          kind: "event-mention",
          sentence: 0,
          start: 0,
          end: 12,
          text: "Leaders met.",
          source: { ...KEN, name: names[Math.floor(random() * names.length)] as string },
          target: null,
          cameo: random() < 0.8 ? cameo : "057",
          date: random() < 0.8 ? null : "2024-04-07",
          datePrecision: null,
          location: null,
          rules: ["test:meet"],
          trigger: { start: 8, end: 11, rule: "test:meet" },
          sourceEvidence: null,
          targetEvidence: null,
          dateEvidence: null,
          locationEvidence: null,
        });
      }
      const id = i.toString(16).padStart(16, "0");
      out.push({ ...sampleDocument({ id, path: `/tmp/${id}.txt`, meta: { outlet } }), events });
    }
    return out;
  }

  /** Every event summarised from all its mentions in the order they were stored. */
  function expected(stored: readonly Document[]): Map<string, unknown> {
    const links = new Map<string, EventLink[]>();
    for (const document of stored) {
      for (const mention of document.events ?? []) {
        const event = eventId(mention);
        // The store keeps no mention text: the summary never reads it.
        const link = { event, article: document.id, outlet: document.meta.outlet, mention };
        links.set(event, [...(links.get(event) ?? []), link]);
      }
    }
    return new Map([...links].map(([id, list]) => [id, summariseEvent(list)]));
  }

  const byId = (store: Store) => new Map(store.events().map((e) => [e.id, e]));

  it("match summaries from all mentions, batch after batch", () => {
    const all = documents(300, 7);
    const store = openSqliteStore(":memory:");
    for (let i = 0; i < all.length; i += 7) store.putAll(all.slice(i, i + 7));
    expect(byId(store)).toEqual(expected(all));
    store.close();
  });

  it("follow an outlet learned later, and another connection's writes", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-summaries-"));
    const file = join(dir, "dyad.db");
    const all = documents(240, 8);
    const first = openSqliteStore(file);
    const second = openSqliteStore(file);
    for (let i = 0; i < all.length; i += 6)
      (i % 4 === 0 ? second : first).putAll(all.slice(i, i + 6));
    // A copy with an outlet fills in the first copy's unknown one: its events' sources change.
    const unknown = all.filter((d) => d.meta.outlet === null).slice(0, 20);
    const known = unknown.map((d) => ({ ...d, meta: { ...d.meta, outlet: "Late" } }));
    first.putAll(known);
    const ids = new Set(known.map((d) => d.id));
    expect(byId(first)).toEqual(
      expected(all.map((d) => (ids.has(d.id) ? { ...d, meta: { ...d.meta, outlet: "Late" } } : d))),
    );
    first.close();
    second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("are listed with their mentions as events and eventMentions give them", () => {
    const store = openSqliteStore(":memory:");
    const all = documents(90, 10);
    for (let i = 0; i < all.length; i += 9) store.putAll(all.slice(i, i + 9));
    for (const filter of [{}, { root: "04" }, { to: "2024-04-07" }, { actor: "KEN" }]) {
      const separately = store.events(filter).map((summary) => ({
        summary,
        mentions: store.eventMentions(summary.id),
      }));
      expect(separately.length).toBeGreaterThan(0);
      expect(store.eventsWithMentions?.(filter)).toEqual(separately);
    }
    store.close();
  });

  it("are the same after upgrading a version 4 database, and later articles join its events", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-v4-"));
    const file = join(dir, "v4.db");
    const all = documents(160, 9);
    writeVersion4(file, all.slice(0, 100));
    const upgraded = openSqliteStore(file);
    const fresh = openSqliteStore(":memory:");
    for (let i = 100; i < all.length; i += 8) upgraded.putAll(all.slice(i, i + 8));
    for (let i = 0; i < all.length; i += 8) fresh.putAll(all.slice(i, i + 8));
    const events = fresh.events();
    expect(upgraded.events()).toEqual(events);
    expect(events.length).toBeGreaterThan(2);
    for (const { id } of events)
      expect(upgraded.eventMentions(id)).toEqual(fresh.eventMentions(id));
    expect(upgraded.events({ root: "05", to: "2024-04-07" })).toEqual(
      fresh.events({ root: "05", to: "2024-04-07" }),
    );
    const counts = (store: Store) => {
      const { events, eventMentions } = store.stats();
      return { events, eventMentions };
    };
    expect(counts(upgraded)).toEqual(counts(fresh));
    upgraded.close();
    fresh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A database as dyad 0.1 with schema version 4 wrote it: mentions keyed by event hash. */
  function writeVersion4(file: string, stored: readonly Document[]): void {
    const db = new Database(file);
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) {
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations VALUES (?, ?)").run(migration.version, "old");
    }
    const article = db.prepare(
      `INSERT INTO articles (id, outlet, published, english, text, chars, paragraphs, sentences,
         tokens) VALUES (?, ?, ?, 1, ?, ?, 0, 0, 0)`,
    );
    const link = db.prepare("INSERT INTO event_links VALUES (?, ?, ?, ?)");
    const event = db.prepare(
      "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    db.exec("BEGIN");
    for (const document of stored) {
      const { text, meta } = document;
      const seq = article.run(
        document.id,
        meta.outlet,
        meta.published,
        text,
        text.length,
      ).lastInsertRowid;
      (document.events ?? []).forEach((mention, idx) => {
        link.run(seq, idx, eventId(mention), JSON.stringify({ ...mention, text: undefined }));
      });
    }
    for (const [id, summary] of expected(stored) as Map<string, EventSummary>) {
      const bounds = dateBounds(summary.date);
      const { source, target } = summary;
      event.run(
        id,
        summary.date,
        bounds.first,
        bounds.last,
        summary.cameo.slice(0, 2),
        summary.cameo,
        source?.code ?? null,
        source?.country ?? null,
        target?.code ?? null,
        target?.country ?? null,
        summary.numMentions,
        summary.numArticles,
        summary.numSources,
        JSON.stringify(summary),
      );
    }
    db.exec("COMMIT");
    db.close();
  }
});
