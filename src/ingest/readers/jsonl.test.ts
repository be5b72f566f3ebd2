import { describe, expect, it } from "vitest";
import { readJsonl } from "./jsonl.js";

const read = (text: string) => readJsonl({ path: "/feeds/f.jsonl", text });

describe("readJsonl", () => {
  it("reads one article per line with its metadata", () => {
    const line = JSON.stringify({
      id: "wire-1",
      title: "Talks end",
      outlet: "Wire",
      url: "https://example.org/1",
      published: "2024-08-19T22:15:00+07:00",
      language: "en",
      text: "Talks ended.\n\nBoth sides spoke.",
    });
    const { documents, diagnostics } = read(`${line}\n`);
    expect(diagnostics).toEqual([]);
    expect(documents[0]?.origin).toEqual({
      path: "/feeds/f.jsonl",
      format: "jsonl",
      line: 1,
      externalId: "wire-1",
    });
    expect(documents[0]?.text).toBe("Talks ended.\n\nBoth sides spoke.");
    expect(documents[0]?.meta).toMatchObject({
      title: "Talks end",
      titleSource: "metadata",
      outlet: "Wire",
      published: "2024-08-19",
      publishedSource: "jsonl",
      declaredLanguage: "en",
    });
  });

  it("skips each bad line with its number and keeps the good ones", () => {
    const text = [
      '{"text": "First article."}',
      "{not json",
      "",
      '["an", "array"]',
      '{"title": "no text"}',
      '{"text": "   "}',
      '{"text": "Has a bad field.", "outlet": 42}',
      '{"text": "Last article."}',
    ].join("\n");
    const { documents, diagnostics } = read(text);
    expect(documents.map((d) => d.text)).toEqual(["First article.", "Last article."]);
    expect(documents.map((d) => d.origin.line)).toEqual([1, 8]);
    expect(diagnostics.map((d) => [d.place?.line, d.severity])).toEqual([
      [2, "error"],
      [4, "error"],
      [5, "error"],
      [6, "error"],
      [7, "error"],
    ]);
    expect(diagnostics[1]?.reason).toBe("not a JSON object; line skipped");
    expect(diagnostics[2]?.reason).toBe('missing "text" string field; line skipped');
    expect(diagnostics[4]?.reason).toBe('"outlet" must be a string; line skipped');
  });

  it("keeps an article with an invalid date but warns", () => {
    const { documents } = read('{"text": "Body.", "published": "yesterday"}');
    expect(documents[0]?.meta.published).toBeNull();
    expect(documents[0]?.diagnostics[0]).toMatchObject({
      ruleId: "ingest/bad-date",
      severity: "warning",
      place: { line: 1 },
    });
  });

  it("accepts CRLF line endings", () => {
    const { documents } = read('{"text": "A."}\r\n{"text": "B."}\r\n');
    expect(documents.map((d) => d.text)).toEqual(["A.", "B."]);
  });
});
