/** Tests for inferring an undated article's publication date from its story. */

import { describe, expect, it } from "vitest";
import { featuresOf, PARLIAMENT_WORDS, VISIT_WORDS } from "./features.fixture.js";
import { inferPublished, inferStoryPublished } from "./published.js";

const words = (text: string, from: number, to: number) => text.split(" ").slice(from, to).join(" ");

const wire = featuresOf({ article: "a", published: "2024-08-12", words: VISIT_WORDS });
const copy = featuresOf({
  article: "b",
  published: "2024-08-12",
  words: words(VISIT_WORDS, 0, 15),
});
const followUp = featuresOf({
  article: "c",
  published: "2024-08-15",
  words: `${words(VISIT_WORDS, 10, 20)} penang lunch chip investment`,
});
const undated = featuresOf({
  article: "u",
  words: `${words(VISIT_WORDS, 12, 20)} penang lunch chip`,
});

describe("inferPublished", () => {
  it("takes the date all dated members agree on, with all of them as evidence", () => {
    const inferred = inferPublished(undated, [wire, copy, undated]);
    expect(inferred).toMatchObject({
      article: "u",
      published: "2024-08-12",
      rule: "story-date",
      span: { first: "2024-08-12", last: "2024-08-12" },
    });
    expect(inferred?.evidence.map((e) => e.article).sort()).toEqual(["a", "b"]);
  });

  it("takes the date of the most similar dated member when they differ", () => {
    const inferred = inferPublished(undated, [wire, copy, followUp, undated]);
    expect(inferred).toMatchObject({
      published: "2024-08-15",
      rule: "most-similar-member",
      span: { first: "2024-08-12", last: "2024-08-15" },
    });
    expect(inferred?.evidence).toHaveLength(1);
    expect(inferred?.evidence[0]).toMatchObject({ article: "c", published: "2024-08-15" });
    expect(inferred?.evidence[0]?.similarity).toBeGreaterThan(0);
  });

  it("invents nothing: no date for a story without dated members, none for a dated article", () => {
    const alsoUndated = featuresOf({ article: "v", words: PARLIAMENT_WORDS });
    expect(inferPublished(undated, [undated, alsoUndated])).toBeNull();
    expect(inferPublished(wire, [wire, copy, undated])).toBeNull();
  });
});

describe("inferStoryPublished", () => {
  it("infers a date for each undated member of a story", () => {
    const second = featuresOf({ article: "w", words: words(VISIT_WORDS, 0, 12) });
    const inferred = inferStoryPublished([wire, undated, followUp, second]);
    expect(inferred.map((i) => [i.article, i.published])).toEqual([
      ["u", "2024-08-15"],
      ["w", "2024-08-12"],
    ]);
  });
});
