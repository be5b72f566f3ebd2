import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eventId } from "../../aggregate/event-key.js";
import { type EventLink, summariseEvent } from "../../aggregate/summarise.js";
import { mulberry32 } from "../../bench/prng.js";
import type { ActorRef, Document, EventMention } from "../../model/index.js";
import { sampleDocument } from "../store.contract.js";
import type { Store } from "../store.js";
import { RunningSummaries, type TallyLink } from "./running-summaries.js";
import { openSqliteStore } from "./sqlite-store.js";

const NAMES = ["Xi Jinping", "Xi", "Beijing", "China"];
const CAMEOS = ["040", "042", "04", "043"];

/** Mentions of one event from articles in row order, with ties in every count to break. */
function links(count: number, seed: number): Array<TallyLink & EventLink> {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const out: Array<TallyLink & EventLink> = [];
  let seq = 1;
  while (out.length < count) {
    seq += 1 + Math.floor(random() * 3);
    const outlet = random() < 0.5 ? null : pick(["Xinhua", "VNA", "Reuters"]);
    const mentions = 1 + Math.floor(random() * 3);
    for (let idx = 0; idx < mentions; idx++) {
      const name = pick(NAMES);
      const source: ActorRef = {
        name,
        code: pick(["CHN", "CHNGOV"]),
        country: "CHN",
        sector: null,
      };
      const place = { name: pick(["Hanoi", "Hue"]), country: "VNM", lat: 21, lon: 105 };
      const mention: Omit<EventMention, "text"> = {
        kind: "event-mention",
        sentence: idx,
        start: 0,
        end: 10,
        source: random() < 0.2 ? null : source,
        target: null,
        cameo: pick(CAMEOS),
        date: null,
        datePrecision: null,
        location: random() < 0.5 ? null : place,
        rules: [],
        trigger: { start: 0, end: 1, rule: "verb" },
        sourceEvidence: null,
        targetEvidence: null,
        dateEvidence: null,
        locationEvidence: null,
      };
      out.push({ event: "e", article: `a${seq}`, outlet, mention, seq, idx });
    }
  }
  return out;
}

describe("RunningSummaries", () => {
  it("extended batch by batch, says what a summary of all the mentions says", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const all = links(400, seed);
      const running = new RunningSummaries();
      running.start("e", all.slice(0, 40), false);
      let done = 40;
      while (done < all.length) {
        // Batches end on article boundaries, as transactions do.
        let next = Math.min(all.length, done + 25);
        while (next < all.length && all[next]?.seq === all[next - 1]?.seq) next++;
        const summary = running.extend("e", all.slice(done, next));
        done = next;
        expect(summary).toEqual(summariseEvent(all.slice(0, done)));
      }
    }
  });

  it("keeps no summary of a quiet event", () => {
    const running = new RunningSummaries();
    running.start("e", links(5, 1), false);
    expect(running.has("e")).toBe(false);
  });

  it("gives up on mentions that are not an append, and on outlets named like article keys", () => {
    const all = links(80, 2);
    const running = new RunningSummaries();
    running.start("e", all.slice(40), false);
    expect(running.extend("e", all.slice(0, 3))).toBeUndefined();
    expect(running.has("e")).toBe(false);

    running.start("e", all.slice(0, 40), false);
    const odd = { ...(all[40] as TallyLink), outlet: "article:a1" };
    expect(running.extend("e", [odd])).toBeUndefined();
    expect(running.has("e")).toBe(false);
  });
});

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
});
