/**
 * Story clustering's cost on the benchmark corpus: CPU time per article of reading story
 * features from a coded document and of assigning them to a story, and what the clusterer holds
 * as the corpus grows. `node dist/bench/stories.js [CORPUS_DIR]` (add --expose-gc for live heap).
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { readText } from "../ingest/readers/text.js";
import type { Document } from "../model/index.js";
import { PACKAGE_ROOT } from "../paths.js";
import { defaultPipeline } from "../pipeline/stages.js";
import { StoryClusterer } from "../stories/clusterer.js";
import { dayDate, dayNumber } from "../stories/days.js";
import { storyFeatures, type StoryFeatures } from "../stories/features.js";
import { syntheticArticles } from "./corpus.js";

const SEED = 20240819;
const ARTICLES = 2000;
const PASSES = Number(process.env.DYAD_BENCH_RUNS ?? 7);
/** How many times the corpus is replayed (as new articles, years later) to watch memory. */
const REPLAYS = 10;

async function main(): Promise<void> {
  const corpusDir = process.argv[2] ?? join(PACKAGE_ROOT, `.bench/corpus-${SEED}-${ARTICLES}`);
  const documents = codedDocuments(corpusDir);
  const words = documents.reduce((sum, d) => sum + d.text.split(/\s+/).length, 0);
  console.log(
    `story clustering: ${documents.length} articles, ${(words / documents.length).toFixed(0)} words each on average`,
  );
  console.log(
    "CPU ms per article (user + system). Each pass reads every article's features (not kept),",
  );
  console.log(
    "then reads and assigns them one by one to a new clusterer, as ingestion would; assign is",
  );
  console.log("the difference. GC: the garbage-collection pauses that fell in the pass.");
  const gcPauses: { startTime: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => gcPauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  const totals: number[] = [];
  const withoutGc: number[] = [];
  let stories = 0;
  const perArticle = (ms: number) => ms / documents.length;
  const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  for (let pass = 0; pass < PASSES; pass++) {
    const readStarted = process.cpuUsage();
    let terms = 0;
    for (const document of documents) terms += storyFeatures(document).terms.length;
    const read = cpuMs(process.cpuUsage(readStarted));
    const clusterer = new StoryClusterer();
    const from = performance.now();
    const started = process.cpuUsage();
    for (const document of documents) clusterer.assign(storyFeatures(document));
    const total = cpuMs(process.cpuUsage(started));
    const to = performance.now();
    // GC entries arrive from the event loop, which the passes never yield to.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const gcMs = gcPauses
      .filter((entry) => entry.startTime >= from && entry.startTime < to)
      .reduce((sum, entry) => sum + entry.duration, 0);
    totals.push(perArticle(total));
    withoutGc.push(perArticle(total - gcMs));
    stories = clusterer.stats().stories;
    console.log(
      `  pass ${pass + 1}: features ${perArticle(read).toFixed(4)}  assign ${perArticle(total - read).toFixed(4)}  total ${perArticle(total).toFixed(4)}  of which GC ${perArticle(gcMs).toFixed(4)}  (${(terms / documents.length).toFixed(0)} terms)`,
    );
  }
  observer.disconnect();
  // The first pass pays for compiling and for the term reader's first sight of the vocabulary.
  const warm = (values: number[]) => values.slice(1).sort((a, b) => a - b);
  const median = (values: number[]) => values[Math.floor(values.length / 2)] as number;
  console.log(
    `  warm passes: median ${median(warm(totals)).toFixed(4)} ms, best ${(warm(totals)[0] as number).toFixed(4)} ms; without GC pauses median ${median(warm(withoutGc)).toFixed(4)} ms (target 0.1); ${stories} stories`,
  );
  printMemory(documents.map((document) => storyFeatures(document)));
}

/** The corpus files, or the same synthetic articles made in memory, through the pipeline. */
function codedDocuments(corpusDir: string): Document[] {
  let inputs: { path: string; text: string }[];
  try {
    inputs = readdirSync(corpusDir)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => ({ path: name, text: readFileSync(join(corpusDir, name), "utf8") }));
  } catch {
    inputs = [...syntheticArticles(ARTICLES, SEED)].map((a) => ({ path: a.name, text: a.content }));
  }
  const pipeline = defaultPipeline();
  return inputs.flatMap((input) =>
    readText(input).documents.map((document) => {
      const coded = pipeline.run(document);
      // Only what story features read, so the rest does not weigh on the timing's heap.
      return {
        ...coded,
        paragraphs: [],
        sentences: [],
        tokens: [],
        diagnostics: [],
      };
    }),
  );
}

/**
 * Replays the corpus as new articles, each replay years after the last, and prints what the
 * clusterer holds: it should stop growing once the recent window is full, apart from one compact
 * summary per story up to the clusterer's limit.
 */
function printMemory(features: readonly StoryFeatures[]): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  console.log("clusterer memory as the corpus grows (replays of the corpus, years apart):");
  console.log("  articles  stories   recent  members  index keys  heap MB");
  const clusterer = new StoryClusterer();
  for (let replay = 0; replay < REPLAYS; replay++) {
    for (const f of features) clusterer.assign(replayed(f, replay));
    gc?.();
    const { stories, recentStories, members, indexKeys } = clusterer.stats();
    const heap = gc ? (process.memoryUsage().heapUsed / 2 ** 20).toFixed(1) : "-";
    console.log(
      `  ${String((replay + 1) * features.length).padStart(8)}  ${String(stories).padStart(7)}  ${String(recentStories).padStart(8)}  ${String(members).padStart(7)}  ${String(indexKeys).padStart(10)}  ${heap.padStart(7)}`,
    );
  }
}

/** The same article as a new one, `replay` × 10 years later. */
function replayed(features: StoryFeatures, replay: number): StoryFeatures {
  if (replay === 0) return features;
  const day = dayNumber(features.published);
  return {
    ...features,
    article: `${features.article}-${replay}`,
    published: day === null ? null : dayDate(day + replay * 3653),
  };
}

await main();
