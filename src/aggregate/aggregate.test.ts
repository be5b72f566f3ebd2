import { describe, expect, it } from "vitest";
import type { ActorRef, EventMention } from "../model/index.js";
import { dateBounds, eventId } from "./event-key.js";
import { type EventLink, summariseEvent } from "./summarise.js";

const CHN: ActorRef = { name: "Xi Jinping", code: "CHNGOV", country: "CHN", sector: "GOV" };
const VNM: ActorRef = { name: "To Lam", code: "VNMGOV", country: "VNM", sector: "GOV" };

function mention(overrides: Partial<EventMention> = {}): EventMention {
  return {
    kind: "event-mention",
    sentence: 0,
    start: 0,
    end: 10,
    text: "Xi met Lam",
    source: CHN,
    target: VNM,
    cameo: "040",
    date: "2024-08-19",
    datePrecision: "day",
    location: null,
    rules: ["verb:MEET/meet"],
    trigger: { start: 3, end: 6, rule: "verb:MEET/meet" },
    sourceEvidence: null,
    targetEvidence: null,
    dateEvidence: null,
    locationEvidence: null,
    ...overrides,
  };
}

function link(article: string, outlet: string | null, m: EventMention): EventLink {
  return { event: eventId(m), article, outlet, mention: m };
}

describe("event identity", () => {
  it("gives the same id to the same dyad, root and date, whatever the wording or code", () => {
    expect(eventId(mention())).toBe(eventId(mention({ cameo: "042", text: "other" })));
    expect(eventId(mention())).toMatch(/^[0-9a-f]{16}$/);
  });

  it("tells apart direction, root and date", () => {
    const base = eventId(mention());
    expect(eventId(mention({ source: VNM, target: CHN }))).not.toBe(base);
    expect(eventId(mention({ cameo: "057" }))).not.toBe(base);
    expect(eventId(mention({ date: "2024-08-20" }))).not.toBe(base);
    expect(eventId(mention({ date: null }))).not.toBe(base);
  });

  it("keys an actor without a code by its country", () => {
    const china: ActorRef = { name: "China", code: null, country: "CHN", sector: null };
    const beijing: ActorRef = { name: "Beijing", code: null, country: "CHN", sector: null };
    expect(eventId(mention({ source: china }))).toBe(eventId(mention({ source: beijing })));
  });

  it("spans a month or a year when filtering by date", () => {
    expect(dateBounds("2024")).toEqual({ first: "2024-01-01", last: "2024-12-31" });
    expect(dateBounds("2024-08")).toEqual({ first: "2024-08-01", last: "2024-08-31" });
    expect(dateBounds("2024-08-19")).toEqual({ first: "2024-08-19", last: "2024-08-19" });
    expect(dateBounds(null)).toEqual({ first: null, last: null });
  });
});

describe("event summary", () => {
  it("counts mentions, articles and sources; unknown outlets count once per article", () => {
    const summary = summariseEvent([
      link("a1", "Xinhua", mention()),
      link("a1", "Xinhua", mention({ sentence: 3 })),
      link("a2", "Xinhua", mention()),
      link("a3", null, mention()),
      link("a4", null, mention()),
    ]);
    expect(summary).toMatchObject({ numMentions: 5, numArticles: 4, numSources: 3 });
  });

  it("takes the most reported code, and the more specific one on a tie, in any order", () => {
    const links = [
      link("a1", null, mention({ cameo: "040" })),
      link("a2", null, mention({ cameo: "042" })),
    ];
    expect(summariseEvent(links).cameo).toBe("042");
    expect(summariseEvent([...links].reverse()).cameo).toBe("042");
    const more = [...links, link("a3", null, mention({ cameo: "040" }))];
    expect(summariseEvent(more).cameo).toBe("040");
  });

  it("takes the most reported name and place", () => {
    const hanoi = { name: "Hanoi", country: "VNM", lat: 21.03, lon: 105.85 };
    const summary = summariseEvent([
      link("a1", null, mention({ source: { ...CHN, name: "Xi" }, location: hanoi })),
      link("a2", null, mention()),
      link("a3", null, mention({ location: hanoi })),
      link("a4", null, mention()),
    ]);
    expect(summary.source?.name).toBe("Xi Jinping");
    expect(summary.location).toEqual(hanoi);
  });

  it("refuses an event without mentions", () => {
    expect(() => summariseEvent([])).toThrow();
  });
});
