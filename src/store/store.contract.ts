/** The contract every Store implementation passes: run it from each backend's test file. */

import { describe, expect, it } from "vitest";
import {
  type ActorMention,
  type Document,
  EMPTY_META,
  type EventMention,
  newDocument,
} from "../model/index.js";
import type { Store } from "./store.js";

/** A hand-built, fully segmented document: two paragraphs, three sentences. */
export function sampleDocument(
  overrides: { id?: string; path?: string; text?: string; meta?: Partial<Document["meta"]> } = {},
): Document {
  const text = overrides.text ?? "Leaders met. They talked.\n\nA deal followed.";
  const base = newDocument({ path: overrides.path ?? "/tmp/a.txt", format: "text" }, text, {
    ...EMPTY_META,
    published: "2024-04-08",
    publishedSource: "date-line",
    ...overrides.meta,
  });
  return {
    ...base,
    id: overrides.id ?? "0123456789abcdef",
    paragraphs: [
      { kind: "paragraph", index: 0, start: 0, end: 25 },
      { kind: "paragraph", index: 1, start: 27, end: 43 },
    ],
    sentences: [
      { kind: "sentence", index: 0, paragraph: 0, start: 0, end: 12, firstToken: 0, endToken: 3 },
      { kind: "sentence", index: 1, paragraph: 0, start: 13, end: 25, firstToken: 3, endToken: 6 },
      { kind: "sentence", index: 2, paragraph: 1, start: 27, end: 43, firstToken: 6, endToken: 9 },
    ],
    tokens: [],
    language: { code: "en", source: "detected", english: true },
  };
}

/**
 * Registers the store contract tests for one backend.
 * @example runStoreContract("sqlite", () => openSqliteStore(":memory:"));
 */
export function runStoreContract(name: string, open: () => Store): void {
  describe(`Store contract: ${name}`, () => {
    it("stores a document and lists it with its metadata and counts", () => {
      const store = open();
      expect(store.put(sampleDocument())).toBe("stored");
      const [article] = [...store.articles()];
      expect(article).toMatchObject({
        id: "0123456789abcdef",
        paths: [{ path: "/tmp/a.txt", format: "text", line: null }],
        published: "2024-04-08",
        publishedInferred: false,
        language: "en",
        english: true,
        paragraphs: 2,
        sentences: 3,
        story: null,
      });
      expect(article?.text).toBeUndefined();
      store.close();
    });

    it("returns the exact text when asked", () => {
      const store = open();
      const document = sampleDocument({ text: "Café — “quoted” 🇻🇳 text.\n\nSecond." });
      store.put(document);
      expect(store.article(document.id, { withText: true })?.text).toBe(document.text);
      store.close();
    });

    it("is idempotent: the same document twice changes nothing", () => {
      const store = open();
      expect(store.put(sampleDocument())).toBe("stored");
      const before = [...store.articles({ withText: true })];
      expect(store.put(sampleDocument())).toBe("unchanged");
      expect([...store.articles({ withText: true })]).toEqual(before);
      expect(store.stats()).toMatchObject({ articles: 1, paths: 1, sentences: 3 });
      store.close();
    });

    it("records a second path for the same article instead of a second article", () => {
      const store = open();
      store.put(sampleDocument({ path: "/tmp/a.txt" }));
      expect(store.put(sampleDocument({ path: "/tmp/copy/a.txt" }))).toBe("path-added");
      const articles = [...store.articles()];
      expect(articles).toHaveLength(1);
      expect(articles[0]?.paths.map((p) => p.path)).toEqual(["/tmp/a.txt", "/tmp/copy/a.txt"]);
      store.close();
    });

    it("fills metadata gaps from a later copy but never overwrites", () => {
      const store = open();
      store.put(sampleDocument({ meta: { outlet: null, published: null, publishedSource: null } }));
      const later = sampleDocument({ path: "/tmp/b.txt", meta: { outlet: "Wire", title: "T" } });
      expect(store.put(later)).toBe("path-added");
      const again = sampleDocument({ path: "/tmp/c.txt", meta: { outlet: "Other" } });
      store.put(again);
      expect(store.article("0123456789abcdef")).toMatchObject({
        outlet: "Wire",
        title: "T",
        published: "2024-04-08",
      });
      store.close();
    });

    it("takes the mentions of a later copy that brings the publication date", () => {
      const store = open();
      const meeting = (date: string | null): EventMention => ({
        kind: "event-mention",
        sentence: 0,
        start: 0,
        end: 12,
        text: "Leaders met.",
        source: { name: "Kenya", code: "KEN", country: "KEN", sector: null },
        target: { name: "Tanzania", code: "TZA", country: "TZA", sector: null },
        cameo: "040",
        date,
        datePrecision: date ? "day" : null,
        location: null,
        rules: ["test:meet"],
        trigger: { start: 8, end: 11, rule: "test:meet" },
        sourceEvidence: null,
        targetEvidence: null,
        dateEvidence: null,
        locationEvidence: null,
      });
      const undated = sampleDocument({ meta: { published: null, publishedSource: null } });
      store.put({ ...undated, events: [meeting(null)] });
      const dated = sampleDocument({ path: "/tmp/b.txt" });
      const leaders: ActorMention = {
        kind: "actor-mention",
        sentence: 0,
        start: 0,
        end: 7,
        text: "Leaders",
        type: "group",
        name: "Leaders",
        code: null,
        country: null,
        sector: "GOV",
        rules: ["test:leaders"],
      };
      store.put({ ...dated, actorMentions: [leaders], events: [meeting("2024-04-07")] });
      // A third copy with another date neither overwrites the date nor recodes the article.
      const other = sampleDocument({ path: "/tmp/c.txt", meta: { published: "2024-05-01" } });
      store.put({ ...other, events: [meeting("2024-04-30")] });
      expect(store.events().map((e) => [e.date, e.numMentions])).toEqual([["2024-04-07", 1]]);
      expect(store.stats()).toMatchObject({ events: 1, eventMentions: 1, actorMentions: 1 });
      expect(store.actorMentions(dated.id)).toEqual([leaders]);
      store.close();
    });

    it("puts a batch in one call, reporting each document's outcome", () => {
      const store = open();
      const outcomes = store.putAll([
        sampleDocument({ id: "a000000000000000" }),
        sampleDocument({ id: "b000000000000000" }),
        sampleDocument({ id: "a000000000000000", path: "/tmp/other.txt" }),
        sampleDocument({ id: "b000000000000000" }),
      ]);
      expect(outcomes).toEqual(["stored", "stored", "path-added", "unchanged"]);
      expect(store.stats()).toMatchObject({ articles: 2, paths: 3, sentences: 6 });
      store.close();
    });

    it("returns sentence spans in order", () => {
      const store = open();
      store.put(sampleDocument());
      expect(store.sentenceSpans("0123456789abcdef")).toEqual([
        { start: 0, end: 12, paragraph: 0 },
        { start: 13, end: 25, paragraph: 0 },
        { start: 27, end: 43, paragraph: 1 },
      ]);
      store.close();
    });

    it("lists dated articles first, by date, then undated, by id", () => {
      const store = open();
      store.put(sampleDocument({ id: "b000000000000000", meta: { published: null } }));
      store.put(sampleDocument({ id: "c000000000000000", meta: { published: "2020-01-01" } }));
      store.put(sampleDocument({ id: "a000000000000000", meta: { published: null } }));
      store.put(sampleDocument({ id: "d000000000000000", meta: { published: "2019-05-05" } }));
      expect([...store.articles()].map((a) => a.id)).toEqual([
        "d000000000000000",
        "c000000000000000",
        "a000000000000000",
        "b000000000000000",
      ]);
      expect(store.stats()).toMatchObject({ articles: 4, undated: 2 });
      store.close();
    });

    it("stores actor mentions with their spans and rules", () => {
      const store = open();
      const document = {
        ...sampleDocument(),
        actorMentions: [
          {
            kind: "actor-mention" as const,
            sentence: 0,
            start: 0,
            end: 7,
            text: "Leaders",
            type: "group" as const,
            name: "Leaders",
            code: null,
            country: null,
            sector: "GOV",
            rules: ["agents:leader", "test:rule"],
          },
          {
            kind: "actor-mention" as const,
            sentence: 1,
            start: 13,
            end: 17,
            text: "They",
            type: "group" as const,
            name: "CHN and VNM",
            code: null,
            country: null,
            sector: null,
            rules: ["coref:pair-of-country"],
            members: [
              { name: "CHN", code: "CHN", country: "CHN", sector: null },
              { name: "VNM", code: "VNM", country: "VNM", sector: null },
            ],
          },
        ],
      };
      store.put(document);
      expect(store.actorMentions(document.id)).toEqual(document.actorMentions);
      expect(store.corpusMentions()).toEqual([]);
      const [group] = document.actorMentions;
      if (!group) throw new Error("fixture has a mention");
      const person = { ...group, type: "person" as const, name: "Ana Ruiz" };
      store.put({ ...sampleDocument({ id: "b000000000000000" }), actorMentions: [person] });
      expect(store.corpusMentions()).toEqual([
        {
          article: "b000000000000000",
          published: "2024-04-08",
          type: "person",
          name: "Ana Ruiz",
          code: null,
          country: null,
          sector: "GOV",
          start: 0,
          end: 7,
          text: "Leaders",
          rules: ["agents:leader", "test:rule"],
        },
      ]);
      expect(store.stats().actorMentions).toBe(3);
      expect(store.actorMentions("ffffffffffffffff")).toEqual([]);
      store.close();
    });

    it("returns undefined for an unknown id", () => {
      const store = open();
      expect(store.article("ffffffffffffffff")).toBeUndefined();
      store.close();
    });
  });
}
