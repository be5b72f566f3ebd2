import { describe, expect, it } from "vitest";
import { readText } from "./text.js";

const read = (text: string) => readText({ path: "/news/a.txt", text });

describe("readText", () => {
  it("reads the date line and keeps the text that continues on it", () => {
    const { documents, diagnostics } = read(
      " date 2024-04-09 Ministers met in Lima on Monday.\n\nMore.",
    );
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]?.text).toBe("Ministers met in Lima on Monday.\n\nMore.");
    expect(documents[0]?.meta).toMatchObject({
      published: "2024-04-09",
      publishedSource: "date-line",
    });
    expect(documents[0]?.origin).toEqual({ path: "/news/a.txt", format: "text" });
  });

  it("accepts the date line without its leading space and alone on its line", () => {
    const { documents } = read("date 2023-11-30\nHeadline here\n\nBody text.");
    expect(documents[0]?.text).toBe("Headline here\n\nBody text.");
    expect(documents[0]?.meta.published).toBe("2023-11-30");
  });

  it("leaves undated text undated and whole", () => {
    const { documents } = read("The update came on Monday. No date is given anywhere.");
    expect(documents[0]?.meta.published).toBeNull();
    expect(documents[0]?.text).toBe("The update came on Monday. No date is given anywhere.");
  });

  it("does not mistake a sentence starting with 'date' for a date line", () => {
    const { documents } = read("date palms grew near the border post.");
    expect(documents[0]?.meta.published).toBeNull();
    expect(documents[0]?.text).toBe("date palms grew near the border post.");
  });

  it("warns about an impossible date and drops the line", () => {
    const { documents } = read(" date 2024-02-30 Text follows.");
    expect(documents[0]?.meta.published).toBeNull();
    expect(documents[0]?.text).toBe("Text follows.");
    expect(documents[0]?.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "ingest/bad-date",
        severity: "warning",
        place: { line: 1 },
      }),
    ]);
  });

  it("reads YAML front matter", () => {
    const text = [
      "---",
      "title: Border talks resume",
      "outlet: Harbor Times",
      "url: https://example.org/a",
      "published: 2025-01-07T08:00:00Z",
      "language: en",
      "---",
      "Body paragraph.",
    ].join("\n");
    const { documents } = read(text);
    expect(documents[0]?.text).toBe("Body paragraph.");
    expect(documents[0]?.meta).toEqual({
      title: "Border talks resume",
      titleSource: "metadata",
      outlet: "Harbor Times",
      url: "https://example.org/a",
      published: "2025-01-07",
      publishedSource: "front-matter",
      publishedInferred: false,
      declaredLanguage: "en",
    });
  });

  it("reads a date line followed by front matter", () => {
    const { documents } = read(" date 2025-01-07\n---\noutlet: Wire\n---\nBody.");
    expect(documents[0]?.meta).toMatchObject({ published: "2025-01-07", outlet: "Wire" });
    expect(documents[0]?.text).toBe("Body.");
  });

  it("refuses malformed front matter with its line", () => {
    const { documents, diagnostics } = read("---\ntitle: [unclosed\n---\nBody.");
    expect(documents).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "ingest/bad-front-matter",
        severity: "error",
        place: { line: 1 },
      }),
    ]);
    expect(diagnostics[0]?.reason).toMatch(/^invalid YAML front matter: /);
  });

  it("keeps a text whose first line is a horizontal rule but has no closing fence", () => {
    const { documents } = read("---\nNo closing fence here.");
    expect(documents[0]?.text).toBe("---\nNo closing fence here.");
  });
});
