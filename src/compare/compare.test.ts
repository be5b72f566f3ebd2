import { describe, expect, it } from "vitest";
import type { EventRecord } from "../aggregate/event-record.js";
import type { ResolvedActor } from "../resolve/actors.js";
import { compareStory } from "./compare.js";
import { comparisonText } from "./format-text.js";
import type { StoryArticle, StoryFigure, StoryMaterial, StoryQuote } from "./types.js";

const articles: StoryArticle[] = [
  { id: "a1", outlet: "Coast Herald", published: "2025-03-04", title: "Leaders meet" },
  { id: "a2", outlet: "Coast Herald", published: "2025-03-04", title: "More on the meeting" },
  { id: "b1", outlet: "Capital Wire", published: "2025-03-05", title: "Summit in Lima" },
  { id: "c1", outlet: null, published: null, title: "Undated copy" },
];

function event(id: string, date: string, target: string, articleIds: string[]): EventRecord {
  return {
    id,
    date,
    date_precision: "day",
    source: { name: "Ana Ruiz", code: "CHLGOV", country: "CHL", sector: "GOV" },
    target: { name: target, code: `${target}GOV`, country: target, sector: "GOV" },
    cameo: "040",
    cameo_name: "Consult",
    root: "04",
    plover: "CONSULT",
    plover_mode: null,
    plover_context: null,
    quad_class: 1,
    goldstein: 1,
    location: null,
    num_mentions: articleIds.length,
    num_articles: articleIds.length,
    num_sources: articleIds.length,
    mentions: articleIds.map((article) => ({
      article,
      sentence: 0,
      start: 0,
      end: 10,
      text: "Ruiz met..",
      rule: "verb:MEET",
      rules: ["verb:MEET"],
    })),
  };
}

function quote(id: string, article: string, text: string): StoryQuote {
  const speaker = { name: "Ana Ruiz", code: "CHLGOV", country: "CHL", sector: "GOV" };
  return { id, article, speaker, kind: "direct", text, start: 0, end: text.length };
}

function figure(id: string, article: string, value: number): StoryFigure {
  const text = `$${value / 1e9} billion`;
  return {
    id,
    article,
    value,
    unit: "USD",
    measure: "bilateral trade",
    date: "2024",
    text,
    start: 5,
    end: 5 + text.length,
  };
}

const ruiz: ResolvedActor = {
  id: "r",
  name: "Ana Ruiz",
  type: "person",
  code: "CHLGOV",
  country: "CHL",
  sector: "GOV",
  aliases: ["Ruiz"],
  mentions: 4,
  articles: 3,
  roles: [
    {
      value: "CHLGOV",
      articles: 2,
      first_date: null,
      last_date: null,
      evidence: [
        { article: "a1", start: 0, end: 20, text: "Chilean minister Ana Ruiz", rule: "title" },
        { article: "b1", start: 0, end: 20, text: "Chile's Ana Ruiz", rule: "possessive" },
      ],
    },
  ],
  conflicts: [
    {
      field: "country",
      value: "PER",
      articles: 1,
      first_date: null,
      last_date: null,
      evidence: [
        { article: "c1", start: 3, end: 30, text: "Peruvian minister Ana Ruiz", rule: "title" },
      ],
    },
  ],
};

const material: StoryMaterial = {
  story: "s1",
  articles,
  events: [
    event("e1", "2025-03-03", "PER", ["a1", "a2"]),
    event("e2", "2025-03-04", "PER", ["b1"]),
  ],
  quotes: [
    quote("q1", "a1", "We have opened a new chapter with our neighbours"),
    quote("q2", "b1", "we have opened a new chapter with our neighbours today"),
    quote("q3", "b1", "Trade will double"),
  ],
  figures: [figure("f1", "a1", 4.2e9), figure("f2", "b1", 4.21e9), figure("f3", "c1", 5e9)],
  actors: [ruiz],
};

describe("story comparison", () => {
  const comparison = compareStory(material);

  it("lists each outlet with its articles; an article without outlet is its own source", () => {
    expect(comparison.outlets.map((o) => [o.outlet, o.articles])).toEqual([
      ["Capital Wire", ["b1"]],
      ["Coast Herald", ["a1", "a2"]],
      ["article:c1", ["c1"]],
    ]);
  });

  it("merges one quote reported in two wordings and one figure rounded differently", () => {
    const quotes = comparison.coverage.filter((i) => i.kind === "quote");
    expect(quotes.map((q) => q.outlets)).toEqual([
      ["Capital Wire", "Coast Herald"],
      ["Capital Wire"],
    ]);
    const figures = comparison.coverage.filter((i) => i.kind === "figure");
    expect(figures.map((f) => f.id)).toEqual(["f1", "f3"]);
  });

  it("says what only one outlet reported", () => {
    expect(comparison.unique.map((i) => i.id).sort()).toEqual(["e1", "e2", "f3", "q3"]);
  });

  it("finds contradicting dates, figures and countries, with both sides' evidence", () => {
    const byKind = new Map(comparison.contradictions.map((c) => [c.kind, c]));
    const dates = byKind.get("event-date");
    expect(dates?.sides.map((s) => [s.value, s.outlets])).toEqual([
      ["2025-03-03", ["Coast Herald"]],
      ["2025-03-04", ["Capital Wire"]],
    ]);
    expect(dates?.supported).toBeNull();
    const values = byKind.get("figure-value");
    expect(values?.supported).toBe("4200000000");
    expect(values?.sides[1]?.evidence[0]?.article).toBe("c1");
    const country = byKind.get("actor-country");
    expect(country?.subject).toBe("Ana Ruiz");
    expect(country?.supported).toBe("CHL");
    expect(country?.sides.map((s) => s.value)).toEqual(["CHL", "PER"]);
    expect(country?.sides[1]?.evidence[0]?.text).toBe("Peruvian minister Ana Ruiz");
  });

  it("does not call one outlet's two dates a contradiction", () => {
    const sequence = compareStory({
      ...material,
      events: [event("e1", "2025-03-03", "PER", ["a1"]), event("e2", "2025-03-04", "PER", ["a2"])],
    });
    expect(sequence.contradictions.filter((c) => c.kind === "event-date")).toEqual([]);
  });

  it("prints the comparison as text with the evidence quoted", () => {
    const text = comparisonText(comparison);
    expect(text).toContain("story s1: 4 articles from 3 outlets");
    expect(text).toContain("actor-country: Ana Ruiz  (supported: CHL)");
    expect(text).toContain("“Peruvian minister Ana Ruiz”");
  });
});
