/** Checks that the benchmark corpus is reproducible, sized like real news and free of duplicates. */

import { describe, expect, it } from "vitest";
import { type SyntheticArticle, syntheticArticles } from "./corpus.js";

function take(count: number, seed: number): SyntheticArticle[] {
  return [...syntheticArticles(count, seed)];
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

describe("syntheticArticles", () => {
  it("gives byte-identical output for the same count and seed", () => {
    expect(take(50, 42)).toEqual(take(50, 42));
  });

  it("gives different output for another seed", () => {
    const a = take(20, 42);
    const b = take(20, 43);
    for (let i = 0; i < a.length; i++) expect(a[i]?.content).not.toBe(b[i]?.content);
  });

  it("does not make article i depend on count", () => {
    expect(take(10, 7)).toEqual(take(30, 7).slice(0, 10));
  });

  it("keeps every article within 15 percent of 600 words in 5 to 9 paragraphs", () => {
    for (const { content } of syntheticArticles(200, 1)) {
      const n = words(content);
      expect(n).toBeGreaterThanOrEqual(510);
      expect(n).toBeLessThanOrEqual(690);
      const paragraphs = content.trim().split("\n\n").length - 1;
      expect(paragraphs).toBeGreaterThanOrEqual(5);
      expect(paragraphs).toBeLessThanOrEqual(9);
    }
  });

  it("never repeats a content or a file name", () => {
    const articles = take(2000, 3);
    expect(new Set(articles.map((a) => a.content)).size).toBe(articles.length);
    expect(new Set(articles.map((a) => a.name)).size).toBe(articles.length);
  });

  it("opens with the date line dyad reads, the headline on the same line", () => {
    for (const { content } of syntheticArticles(200, 5)) {
      const firstLine = content.slice(0, content.indexOf("\n"));
      expect(firstLine).toMatch(/^ date \d{4}-\d{2}-\d{2} /);
      const year = Number(firstLine.slice(6, 10));
      expect(year).toBeGreaterThanOrEqual(2020);
      expect(year).toBeLessThanOrEqual(2025);
    }
  });

  it("refuses a count that is not a non-negative integer", () => {
    expect(() => take(-1, 1)).toThrow(RangeError);
    expect(() => take(1.5, 1)).toThrow(RangeError);
  });
});
