/** Tests for the contract's story record built from members' features. */

import { describe, expect, it } from "vitest";
import { StoryClusterer } from "./clusterer.js";
import { featuresOf, VISIT_WORDS } from "./features.fixture.js";
import { storyRecord } from "./story-record.js";

const words = (text: string, from: number, to: number) => text.split(" ").slice(from, to).join(" ");

const analysis = featuresOf({
  article: "d",
  title: "What the border deal settles",
  words: `${words(VISIT_WORDS, 5, 20)} analysis`,
});
const wire = featuresOf({
  article: "b",
  published: "2024-08-12",
  title: "Indonesian president opens state visit to Malaysia",
  words: VISIT_WORDS,
});
const copy = featuresOf({
  article: "a",
  published: "2024-08-12",
  words: words(VISIT_WORDS, 0, 18),
});
const followUp = featuresOf({
  article: "c",
  published: "2024-08-15",
  title: "Wirasakti ends visit in Penang",
  words: `${words(VISIT_WORDS, 8, 20)} penang chip`,
});
const MEMBERS = [followUp, analysis, wire, copy];

describe("storyRecord", () => {
  const record = storyRecord(MEMBERS, ["e2", "e1", "e2"]);

  it("has the id the clusterer gives the same members", () => {
    const clusterer = new StoryClusterer();
    let story = "";
    for (const features of MEMBERS) story = clusterer.assign(features).story;
    expect(record.id).toBe(story);
  });

  it("lists its articles earliest first, undated last, and its dates from the dated ones", () => {
    expect(record.articles).toEqual(["a", "b", "c", "d"]);
    expect([record.first_date, record.last_date]).toEqual(["2024-08-12", "2024-08-15"]);
  });

  it("takes its title from the best-connected member that has one, and says which", () => {
    expect(record.title).toBe("Indonesian president opens state visit to Malaysia");
    expect(record.title_article).toBe("b");
  });

  it("lists each event once, sorted", () => {
    expect(record.events).toEqual(["e1", "e2"]);
  });

  it("has no dates or title when no member has them", () => {
    const bare = storyRecord([featuresOf({ article: "x", words: "alpha beta" })]);
    expect(bare).toMatchObject({
      first_date: null,
      last_date: null,
      title: null,
      title_article: null,
    });
    expect(() => storyRecord([])).toThrow(RangeError);
  });
});
