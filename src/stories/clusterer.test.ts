/** Tests for the incremental clusterer: stories, order independence, ids, moves, bounds. */

import { describe, expect, it } from "vitest";
import { mulberry32 } from "../bench/prng.js";
import { type ClustererOptions, StoryClusterer } from "./clusterer.js";
import type { StoryFeatures } from "./features.js";
import { featuresOf, PARLIAMENT_WORDS, VISIT_WORDS } from "./features.fixture.js";
import { storyId } from "./story-id.js";
import { dayNumber } from "./days.js";

const COUNTRIES = ["country:IDN", "country:MYS"];
const words = (text: string, from: number, to: number) => text.split(" ").slice(from, to).join(" ");

/** Clusters in the given order, applying each assignment as a store would; article → story. */
function cluster(
  ordered: readonly StoryFeatures[],
  options: Partial<ClustererOptions> = {},
): Map<string, string> {
  const clusterer = new StoryClusterer(options);
  const stories = new Map<string, string>();
  for (const features of ordered) apply(stories, clusterer.assign(features));
  return stories;
}

function apply(stories: Map<string, string>, assignment: ReturnType<StoryClusterer["assign"]>) {
  for (const { from, to } of assignment.renamed) {
    for (const [article, story] of stories) if (story === from) stories.set(article, to);
  }
  for (const { article, story } of assignment.moved) stories.set(article, story);
  stories.set(assignment.article, assignment.story);
}

/** The groups of articles, each sorted, as one comparable string. */
function groups(stories: ReadonlyMap<string, string>): string[][] {
  const byStory = new Map<string, string[]>();
  for (const [article, story] of stories)
    byStory.set(story, [...(byStory.get(story) ?? []), article]);
  return [...byStory.values()]
    .map((g) => g.sort())
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

// A state visit in August (a wire story, its copy, a follow-up three days later, an undated
// analysis) and a parliamentary visit in April between the same two countries.
const visit = featuresOf({
  article: "v1",
  published: "2024-08-12",
  words: VISIT_WORDS,
  countries: COUNTRIES,
  named: ["person:hendra wirasakti"],
});
const visitCopy = featuresOf({
  article: "v2",
  published: "2024-08-12",
  words: VISIT_WORDS,
  countries: COUNTRIES,
});
const visitFollowUp = featuresOf({
  article: "v3",
  published: "2024-08-15",
  words: `${words(VISIT_WORDS, 0, 14)} investment chip refinery batam firms lunch`,
  countries: COUNTRIES,
});
const visitAnalysis = featuresOf({
  article: "v4",
  words: `${words(VISIT_WORDS, 4, 20)} analysis treaty maps`,
  countries: COUNTRIES,
});
const parliament = featuresOf({
  article: "p1",
  published: "2024-04-22",
  words: PARLIAMENT_WORDS,
  countries: COUNTRIES,
});
const parliamentNextDay = featuresOf({
  article: "p2",
  published: "2024-04-23",
  words: `${words(PARLIAMENT_WORDS, 0, 15)} memorandum signed wages`,
  countries: COUNTRIES,
});
const ALL = [visit, visitCopy, visitFollowUp, visitAnalysis, parliament, parliamentNextDay];

describe("StoryClusterer.assign", () => {
  it("puts near-duplicates, follow-ups and an undated analysis in one story, another visit apart", () => {
    expect(groups(cluster(ALL))).toEqual([
      ["p1", "p2"],
      ["v1", "v2", "v3", "v4"],
    ]);
  });

  it("gives the same stories, with the same ids, in every order of arrival", () => {
    const expected = cluster(ALL);
    for (const order of permutations(ALL)) expect(cluster(order)).toEqual(expected);
  });

  it("names a story after its earliest dated member", () => {
    const stories = cluster([visitAnalysis, visitFollowUp, visitCopy, visit]);
    expect(stories.get("v4")).toBe(storyId({ article: "v1", day: dayNumber("2024-08-12") }));
  });

  it("reports the old id when an earlier member renames a story", () => {
    const clusterer = new StoryClusterer();
    const first = clusterer.assign(visitFollowUp);
    const second = clusterer.assign(visit);
    expect(second.story).toBe(storyId({ article: "v1", day: 0 }));
    expect(second.renamed).toEqual([{ from: first.story, to: second.story }]);
  });

  it("merges the stories an article links, reporting the one that is gone", () => {
    const left = featuresOf({ article: "a", published: "2024-08-12", words: VISIT_WORDS });
    const right = featuresOf({ article: "b", published: "2024-08-13", words: PARLIAMENT_WORDS });
    const bridge = featuresOf({
      article: "c",
      published: "2024-08-13",
      words: `${words(VISIT_WORDS, 0, 10)} ${words(PARLIAMENT_WORDS, 0, 10)}`,
    });
    const clusterer = new StoryClusterer();
    const a = clusterer.assign(left);
    const b = clusterer.assign(right);
    const c = clusterer.assign(bridge);
    expect(c.story).toBe(a.story);
    expect(c.renamed).toEqual([{ from: b.story, to: a.story }]);
  });

  it("moves an undated article to a story it fits better than its own", () => {
    const undated = featuresOf({
      article: "u",
      words: `${words(VISIT_WORDS, 0, 13)} ${words(PARLIAMENT_WORDS, 0, 10)}`,
      countries: COUNTRIES,
    });
    const clusterer = new StoryClusterer();
    clusterer.assign(undated);
    const april = clusterer.assign(parliament);
    expect(clusterer.storyOf("u")).toBe(april.story);
    const august = clusterer.assign(visit);
    expect(august.moved).toEqual([{ article: "u", story: august.story }]);
    expect(clusterer.storyOf("u")).toBe(august.story);
    expect(clusterer.storyOf("p1")).toBe(april.story);
  });

  it("does not let an undated article join two happenings months apart", () => {
    const undated = featuresOf({
      article: "u",
      words: `${words(VISIT_WORDS, 2, 15)} ${words(PARLIAMENT_WORDS, 0, 11)}`,
      countries: COUNTRIES,
    });
    for (const order of permutations([visit, parliament, undated])) {
      const stories = cluster(order);
      expect(stories.get("v1")).not.toBe(stories.get("p1"));
      expect(stories.get("u")).toBe(stories.get("v1"));
    }
  });

  it("settles an undated article that fits two stories equally well the same in any order", () => {
    // Thirteen words of each: a tie, which goes to the story with the smaller id.
    const undated = featuresOf({
      article: "u",
      words: `${words(VISIT_WORDS, 2, 15)} ${words(PARLIAMENT_WORDS, 0, 13)}`,
      countries: COUNTRIES,
    });
    const results = permutations([visit, parliament, undated]).map((order) => cluster(order));
    for (const stories of results) expect(stories).toEqual(results[0]);
  });

  it("leaves an article that arrives again where it is", () => {
    const clusterer = new StoryClusterer();
    const first = clusterer.assign(visit);
    clusterer.assign(visitFollowUp);
    expect(clusterer.assign(visit)).toEqual({
      article: "v1",
      story: first.story,
      renamed: [],
      moved: [],
    });
  });
});

describe("StoryClusterer memory", () => {
  it("holds a bounded window of stories and members, however many articles arrive", () => {
    const options = { recentStories: 8, membersPerStory: 3, maxStories: 40 };
    const clusterer = new StoryClusterer(options);
    const random = mulberry32(7);
    const vocabulary = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}`);
    let day = dayNumber("2020-01-01") as number;
    for (let story = 0; story < 300; story++) {
      const storyWords = Array.from(
        { length: 20 },
        () => vocabulary[Math.floor(random() * 400)] as string,
      );
      day += 3;
      for (let member = 0; member < 5; member++) {
        clusterer.assign(
          featuresOf({
            article: `s${story}m${member}`,
            published: new Date((day + member) * 86_400_000).toISOString().slice(0, 10),
            words: storyWords.join(" "),
          }),
        );
        const stats = clusterer.stats();
        expect(stats.recentStories).toBeLessThanOrEqual(options.recentStories);
        expect(stats.members).toBeLessThanOrEqual(options.recentStories * options.membersPerStory);
        expect(stats.stories).toBeLessThanOrEqual(options.maxStories);
      }
      // Five members of one story are still one story after the older ones were folded away.
      expect(clusterer.storyOf(`s${story}m4`)).toBe(clusterer.storyOf(`s${story}m3`));
    }
  });
});

describe("StoryClusterer.restore", () => {
  it("rebuilds a state that goes on assigning as the original would", () => {
    const original = new StoryClusterer();
    const stored = new Map<string, string>();
    for (const features of [visit, parliament, visitCopy, parliamentNextDay])
      apply(stored, original.assign(features));
    const { clusterer, renamed } = StoryClusterer.restore(
      [visit, parliament, visitCopy, parliamentNextDay].map((features) => ({
        features,
        story: stored.get(features.article) as string,
      })),
    );
    expect(renamed).toEqual([]);
    for (const [article, story] of stored) expect(clusterer.storyOf(article)).toBe(story);
    expect(clusterer.assign(visitFollowUp)).toEqual(original.assign(visitFollowUp));
    expect(clusterer.assign(visitAnalysis)).toEqual(original.assign(visitAnalysis));
  });

  it("reports stored ids that the current rule gives differently", () => {
    const { renamed } = StoryClusterer.restore([{ features: visit, story: "0000000000000000" }]);
    expect(renamed).toEqual([{ from: "0000000000000000", to: storyId({ article: "v1", day: 0 }) }]);
  });
});
