/**
 * Scores story clustering against test/gold/stories: pairwise precision/recall/F1 with the
 * articles arriving in file order, in reverse and shuffled (over all articles, and over the pairs
 * of held-out articles, written after the weights were chosen), and the inferred dates of undated
 * articles against their true dates.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readText } from "../ingest/readers/text.js";
import { PACKAGE_ROOT } from "../paths.js";
import { defaultPipeline } from "../pipeline/stages.js";
import { StoryClusterer } from "../stories/clusterer.js";
import { storyFeatures, type StoryFeatures } from "../stories/features.js";
import { inferStoryPublished } from "../stories/published.js";
import { storyRecord } from "../stories/story-record.js";

const GOLD_DIR = join(PACKAGE_ROOT, "test/gold/stories");

interface GoldArticle {
  story: string;
  /** The true publication date, also for articles whose file does not give it. */
  published: string;
  undated: boolean;
  /** Written after the clustering's weights and thresholds were chosen on the others. */
  held_out: boolean;
}

interface Article {
  readonly file: string;
  readonly gold: GoldArticle;
  readonly features: StoryFeatures;
}

function evaluateStories(): void {
  const gold = JSON.parse(readFileSync(join(GOLD_DIR, "gold.json"), "utf8")) as {
    stories: Record<string, string>;
    articles: Record<string, GoldArticle>;
  };
  const pipeline = defaultPipeline();
  const articles: Article[] = Object.keys(gold.articles)
    .sort()
    .map((file) => {
      const text = readFileSync(join(GOLD_DIR, file), "utf8");
      const [document] = readText({ path: file, text }).documents;
      if (document === undefined) throw new Error(`${file}: not readable`);
      return {
        file,
        gold: gold.articles[file] as GoldArticle,
        features: storyFeatures(pipeline.run(document)),
      };
    });
  const undated = articles.filter((a) => a.gold.undated).length;
  const heldOut = articles.filter((a) => a.gold.held_out);
  console.log(
    `stories (test/gold/stories: ${articles.length} articles in ${Object.keys(gold.stories).length} stories, ${undated} undated; ${heldOut.length} held out)`,
  );
  console.log(
    "  order      precision  recall     F1  (tp/fp/fn)   held-out F1 (tp/fp/fn)  stories",
  );
  const orders: [string, Article[]][] = [
    ["file", articles],
    ["reverse", [...articles].reverse()],
    ["shuffled", shuffled(articles, 20240819)],
  ];
  const partitions: string[] = [];
  const dateLines: string[] = [];
  for (const [name, ordered] of orders) {
    const stories = cluster(ordered);
    partitions.push(partitionKey(stories));
    const counts = pairwise(articles, stories);
    const heldOutCounts = pairwise(heldOut, stories);
    const { p, r, f } = prf(counts);
    const counted = (c: Counts) => `(${c.tp}/${c.fp}/${c.fn})`;
    console.log(
      [
        `  ${name.padEnd(9)}`,
        p.toFixed(3).padStart(9),
        r.toFixed(3).padStart(7),
        f.toFixed(3).padStart(6),
        ` ${counted(counts)}`.padEnd(13),
        prf(heldOutCounts).f.toFixed(3).padStart(12),
        counted(heldOutCounts).padEnd(11),
        String(new Set(stories.values()).size).padStart(8),
      ].join(" "),
    );
    const dates = scoreDates(articles, stories);
    dateLines.push(
      `  ${name.padEnd(9)} ${dates.exact}/${undated} the true date, ${dates.nearly}/${undated} within a day of it, ${dates.none}/${undated} no date`,
    );
  }
  const same = partitions.every((key) => key === partitions[0]);
  console.log(`  same stories and story ids in every order: ${same ? "yes" : "no"}`);
  console.log("  inferred publication dates of the undated articles:");
  for (const line of dateLines) console.log(line);
  printStories(articles, cluster(articles));
}

/** Clusters the articles in the given order; article id → story id, kept up to date. */
function cluster(ordered: readonly Article[]): Map<string, string> {
  const clusterer = new StoryClusterer();
  const storyOf = new Map<string, string>();
  for (const { features } of ordered) {
    const assignment = clusterer.assign(features);
    // As a store would apply it: renamed stories first, then moved articles, then the article.
    for (const { from, to } of assignment.renamed) {
      for (const [article, story] of storyOf) if (story === from) storyOf.set(article, to);
    }
    for (const { article, story } of assignment.moved) storyOf.set(article, story);
    storyOf.set(assignment.article, assignment.story);
  }
  return storyOf;
}

function partitionKey(stories: ReadonlyMap<string, string>): string {
  return [...stories]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([article, story]) => `${article}:${story}`)
    .join(",");
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Pairs of articles put together (or apart) by the gold and by the clusterer. */
function pairwise(articles: readonly Article[], stories: ReadonlyMap<string, string>): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i] as Article;
      const b = articles[j] as Article;
      const same = a.gold.story === b.gold.story;
      const predicted = stories.get(a.features.article) === stories.get(b.features.article);
      if (same && predicted) counts.tp++;
      else if (predicted) counts.fp++;
      else if (same) counts.fn++;
    }
  }
  return counts;
}

/** Undated articles: inferred date equal to the true one, within a day of it, or none. */
function scoreDates(articles: readonly Article[], stories: ReadonlyMap<string, string>) {
  const scores = { exact: 0, nearly: 0, none: 0 };
  for (const members of groups(articles, stories)) {
    const inferred = new Map(
      inferStoryPublished(members.map((m) => m.features)).map((i) => [i.article, i.published]),
    );
    for (const member of members) {
      if (!member.gold.undated) continue;
      const date = inferred.get(member.features.article);
      if (date === undefined) scores.none++;
      else if (date === member.gold.published) scores.exact++;
      if (date !== undefined && daysBetween(date, member.gold.published) <= 1) scores.nearly++;
    }
  }
  return scores;
}

function groups(articles: readonly Article[], stories: ReadonlyMap<string, string>): Article[][] {
  const byStory = new Map<string, Article[]>();
  for (const article of articles) {
    const story = stories.get(article.features.article) as string;
    byStory.set(story, [...(byStory.get(story) ?? []), article]);
  }
  return [...byStory.values()];
}

/** The stories as found in file order, with the gold labels of their members. */
function printStories(articles: readonly Article[], stories: ReadonlyMap<string, string>): void {
  console.log("  stories found in file order (gold labels of their members):");
  const found = groups(articles, stories)
    .map((members) => ({ record: storyRecord(members.map((m) => m.features)), members }))
    .sort((a, b) => ((a.record.first_date ?? "") < (b.record.first_date ?? "") ? -1 : 1));
  for (const { record, members } of found) {
    const labels = new Map<string, number>();
    for (const m of members) labels.set(m.gold.story, (labels.get(m.gold.story) ?? 0) + 1);
    const span = `${record.first_date ?? "undated"}..${record.last_date ?? ""}`;
    const mixed = labels.size > 1 ? "  MIXED" : "";
    console.log(
      `    ${record.id} ${span.padEnd(22)} ${[...labels].map(([l, n]) => `${l}×${n}`).join(", ")}${mixed}`,
    );
  }
}

function prf({ tp, fp, fn }: Counts) {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** A seeded Fisher-Yates shuffle, so the shuffled order is the same every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

evaluateStories();
