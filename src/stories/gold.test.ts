/**
 * The gold stories (test/gold/stories) through the whole pipeline: clustering quality and order
 * independence as `npm run eval` measures them, held to a floor so that a regression fails.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readText } from "../ingest/readers/text.js";
import { PACKAGE_ROOT } from "../paths.js";
import { defaultPipeline } from "../pipeline/stages.js";
import { StoryClusterer } from "./clusterer.js";
import { storyFeatures, type StoryFeatures } from "./features.js";
import { inferStoryPublished } from "./published.js";

const GOLD = join(PACKAGE_ROOT, "test/gold/stories");

interface GoldArticle {
  readonly story: string;
  readonly published: string;
  readonly undated: boolean;
}

const gold = JSON.parse(readFileSync(join(GOLD, "gold.json"), "utf8")) as {
  articles: Record<string, GoldArticle>;
};
const files = Object.keys(gold.articles).sort();

function readGold(): { file: string; features: StoryFeatures }[] {
  const pipeline = defaultPipeline();
  return files.map((file) => {
    const [document] = readText({
      path: file,
      text: readFileSync(join(GOLD, file), "utf8"),
    }).documents;
    if (document === undefined) throw new Error(`${file} is not readable`);
    return { file, features: storyFeatures(pipeline.run(document)) };
  });
}

function cluster(features: readonly StoryFeatures[]): Map<string, string> {
  const clusterer = new StoryClusterer();
  const stories = new Map<string, string>();
  for (const f of features) {
    const assignment = clusterer.assign(f);
    for (const { from, to } of assignment.renamed) {
      for (const [article, story] of stories) if (story === from) stories.set(article, to);
    }
    for (const { article, story } of assignment.moved) stories.set(article, story);
    stories.set(assignment.article, assignment.story);
  }
  return stories;
}

describe("the gold stories", () => {
  const articles = readGold();
  const storyOfFile = (stories: Map<string, string>, i: number) =>
    stories.get((articles[i] as { features: StoryFeatures }).features.article);

  it.each([
    ["file order", () => articles],
    ["reverse order", () => [...articles].reverse()],
  ])("are found with pairwise F1 of at least 0.9 in %s", (_, ordered) => {
    const stories = cluster(ordered().map((a) => a.features));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        const same =
          gold.articles[files[i] as string]?.story === gold.articles[files[j] as string]?.story;
        const together = storyOfFile(stories, i) === storyOfFile(stories, j);
        if (same && together) tp++;
        else if (together) fp++;
        else if (same) fn++;
      }
    }
    expect((2 * tp) / (2 * tp + fp + fn)).toBeGreaterThanOrEqual(0.9);
  });

  it("are the same stories, with the same ids, in file and reverse order", () => {
    const features = articles.map((a) => a.features);
    expect(cluster([...features].reverse())).toEqual(cluster(features));
  });

  it("give every undated article a date within two days of its true one", () => {
    const stories = cluster(articles.map((a) => a.features));
    const byStory = new Map<string, StoryFeatures[]>();
    for (const { features } of articles) {
      const story = stories.get(features.article) as string;
      byStory.set(story, [...(byStory.get(story) ?? []), features]);
    }
    const inferred = new Map(
      [...byStory.values()].flatMap(inferStoryPublished).map((i) => [i.article, i.published]),
    );
    for (const { file, features } of articles) {
      const truth = gold.articles[file] as GoldArticle;
      if (!truth.undated) continue;
      const date = inferred.get(features.article);
      expect(date, file).toBeDefined();
      const days = Math.abs(Date.parse(date as string) - Date.parse(truth.published)) / 86_400_000;
      expect(days, file).toBeLessThanOrEqual(2);
    }
  });
});
