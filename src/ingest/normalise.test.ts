import { describe, expect, it } from "vitest";
import { EMPTY_META, newDocument } from "../model/index.js";
import { articleId, normaliseStage } from "./normalise.js";

const run = normaliseStage.create(undefined);
const doc = (text: string, title: string | null = null) =>
  newDocument({ path: "a.txt", format: "text" }, text, {
    ...EMPTY_META,
    title,
    titleSource: title ? "metadata" : null,
  });

describe("normalise stage", () => {
  it("composes to NFC, unifies line endings and trims the ends", () => {
    const decomposed = "  Ha\u0300 No\u0323\u0302i talks\r\n\r\nSecond\rline  \n";
    const result = run(doc(decomposed));
    expect(result.text).toBe("Hà Nội talks\n\nSecond\nline");
    expect(result.text).toBe(result.text.normalize("NFC"));
  });

  it("derives the id from the normalised text only", () => {
    const a = run(doc("Cafe\u0301 talks.\r\n"));
    const b = run({
      ...doc("Café talks."),
      origin: { path: "other.jsonl", format: "jsonl", line: 3 },
    });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.id).toBe(articleId("Café talks."));
    expect(run(doc("Cafe talks.")).id).not.toBe(a.id);
  });

  it("takes a headline-like first paragraph as the title and flags it", () => {
    const result = run(doc("Ministers agree on border patrols\n\nThe ministers agreed."));
    expect(result.meta).toMatchObject({
      title: "Ministers agree on border patrols",
      titleSource: "first-paragraph",
    });
  });

  it("keeps a given title", () => {
    const result = run(doc("Other headline\n\nBody.", "Given"));
    expect(result.meta).toMatchObject({ title: "Given", titleSource: "metadata" });
  });

  it.each([
    ["a lead sentence ending in a period", "The visit marks a new stage in relations.\n\nBody."],
    ["a long first paragraph", `${"Word ".repeat(30)}\n\nBody.`],
    ["a lower-case start", "and then the talks\n\nBody."],
    ["a one-paragraph text", "Only one paragraph"],
    ["a multi-line first paragraph", "Line one\nLine two\n\nBody."],
  ])("gives no title for %s", (_, text) => {
    expect(run(doc(text)).meta).toMatchObject({ title: null, titleSource: null });
  });

  it("refuses a text that is empty after normalisation", () => {
    const result = run(doc(" \n "));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ ruleId: "ingest/no-text", severity: "error" }),
    ]);
  });
});
