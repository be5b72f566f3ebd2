import { describe, expect, it } from "vitest";
import type { EventMention } from "../../model/index.js";
import { marked } from "./explain.js";

const TEXT = "Kenya's talks with Tanzania";

function mention(spans: Partial<EventMention>): EventMention {
  return {
    kind: "event-mention",
    sentence: 0,
    start: 100,
    end: 100 + TEXT.length,
    text: TEXT,
    source: null,
    target: null,
    cameo: "040",
    date: null,
    datePrecision: null,
    location: null,
    rules: ["test"],
    trigger: { start: 108, end: 113, rule: "test" },
    sourceEvidence: null,
    targetEvidence: null,
    dateEvidence: null,
    locationEvidence: null,
    ...spans,
  };
}

describe("explain marks", () => {
  it("marks source, trigger and target at their offsets in the sentence", () => {
    const m = mention({
      sourceEvidence: { start: 100, end: 105, rule: "s" },
      targetEvidence: { start: 119, end: 127, rule: "t" },
    });
    expect(marked(m)).toBe("[Kenya]'s {talks} with <Tanzania>");
  });

  it("closes a span before opening the one that starts where it ends", () => {
    const m = mention({
      sourceEvidence: { start: 100, end: 105, rule: "s" },
      trigger: { start: 105, end: 107, rule: "t" },
    });
    expect(marked(m)).toBe("[Kenya]{'s} talks with Tanzania");
  });

  it("nests spans that start or end together, the longer outside", () => {
    const sameStart = mention({
      sourceEvidence: { start: 100, end: 107, rule: "s" },
      trigger: { start: 100, end: 105, rule: "t" },
    });
    expect(marked(sameStart)).toBe("[{Kenya}'s] talks with Tanzania");
    const sameEnd = mention({
      trigger: { start: 100, end: 113, rule: "t" },
      sourceEvidence: { start: 108, end: 113, rule: "s" },
    });
    expect(marked(sameEnd)).toBe("{Kenya's [talks]} with Tanzania");
    const same = mention({
      sourceEvidence: { start: 100, end: 105, rule: "s" },
      trigger: { start: 100, end: 105, rule: "t" },
    });
    expect(marked(same)).toBe("[{Kenya}]'s talks with Tanzania");
  });

  it("skips a span outside the sentence", () => {
    const m = mention({ sourceEvidence: { start: 10, end: 15, rule: "s" } });
    expect(marked(m)).toBe("Kenya's {talks} with Tanzania");
  });
});
