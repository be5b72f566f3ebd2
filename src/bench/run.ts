/** `npm run bench`: ingest throughput, time per stage and memory on a synthetic corpus, one core. */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PerformanceObserver } from "node:perf_hooks";
import { loadLexicon } from "../actors/bundled-lexicon.js";
import { loadVerbDictionary } from "../events/verb-dictionary.js";
import { ingestPaths } from "../ingest/ingest.js";
import { PACKAGE_ROOT } from "../paths.js";
import { actorsPipeline, defaultPipeline } from "../pipeline/stages.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { syntheticArticles } from "./corpus.js";

const SEED = 20240819;
const SIZES = (process.env.DYAD_BENCH_SIZES ?? "1000,20000").split(",").map(Number);
const WORK_DIR = join(PACKAGE_ROOT, ".bench");
/** Runs per size; the median is printed, since one run on a shared machine can be an outlier. */
const RUNS = Number(process.env.DYAD_BENCH_RUNS ?? 3);

/** The two pipelines measured, with their articles/s targets (issues "events" and "actors"). */
const VARIANTS = {
  events: { target: 300 },
  actors: { target: 1000 },
} as const;
type Variant = keyof typeof VARIANTS;
const VARIANT_NAMES = (process.env.DYAD_BENCH_PIPELINES ?? "events,actors")
  .split(",")
  .filter((v): v is Variant => v in VARIANTS);

/** Per-stage columns in pipeline order: stage name as the pipeline reports it, and its heading. */
const STAGE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["normalise", "normalise"],
  ["segment", "segment"],
  ["language", "language"],
  ["actor-mentions", "actors"],
  ["events", "events"],
  ["quotes", "quotes"],
  ["figures", "figures"],
];

interface ChildResult {
  readonly articles: number;
  readonly bytes: number;
  readonly seconds: number;
  /** CPU seconds (user + system, all threads) of the ingest: what other processes cannot inflate. */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly liveHeapMb: number;
  /** Total ms spent in each pipeline stage, by stage name. */
  readonly stageMs: Readonly<Record<string, number>>;
  /** Total ms spent in the store's transactions (SQLite and the JSON it writes). */
  readonly storeMs: number;
  /** Total ms of GC pauses, wherever they fell. */
  readonly gcMs: number;
  readonly actorMentions: number;
  readonly eventMentions: number;
}

/** One printed row: a corpus size, a pipeline, and its median run. */
interface Row {
  readonly size: number;
  readonly variant: Variant;
  readonly median: ChildResult;
}

async function main(): Promise<void> {
  const [mode, corpusDir, dbFile, variant = "events"] = process.argv.slice(2);
  if (mode === "--child" && corpusDir && dbFile) {
    if (!(variant in VARIANTS)) throw new Error(`unknown pipeline "${variant}"`);
    const result = await measureIngest(corpusDir, dbFile, variant as Variant);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const pin = pinToOneCore();
  console.log("dyad ingest benchmark: read → normalise → segment → language → actor mentions");
  console.log(
    "  → events → quotes → figures → SQLite store; the actors row stops after actor mentions",
  );
  console.log(`synthetic corpus, seed ${SEED}, ~600 words/article; ${pin.note}`);
  console.log(
    `median of ${RUNS} runs per size and pipeline, each in a fresh process and database;` +
      " the pipelines' runs are interleaved",
  );

  const rows: Row[] = [];
  for (const size of SIZES) {
    const corpus = ensureCorpus(size);
    const runs = new Map<Variant, ChildResult[]>(VARIANT_NAMES.map((v) => [v, []]));
    // Interleaved, so a slow minute on the shared machine hits both pipelines alike.
    for (let run = 0; run < RUNS; run++) {
      for (const variant of VARIANT_NAMES) {
        const db = join(WORK_DIR, `bench-${size}-${variant}.db`);
        const result = runChild(pin.prefix, corpus, db, variant);
        if (!result) {
          process.exitCode = 2;
          return;
        }
        runs.get(variant)?.push(result);
      }
    }
    for (const variant of VARIANT_NAMES) {
      rows.push({ size, variant, median: medianRun(runs.get(variant) ?? []) });
    }
  }
  printThroughput(rows);
  printStages(rows);
  printMemoryGrowth(rows);
}

/** The run of median time, with the medians of the memory figures (each noisy on its own). */
function medianRun(runs: readonly ChildResult[]): ChildResult {
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const seconds = median(runs.map((r) => r.seconds));
  const run = runs.find((r) => r.seconds === seconds) ?? (runs[0] as ChildResult);
  return {
    ...run,
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
    liveHeapMb: median(runs.map((r) => r.liveHeapMb)),
  };
}

function printThroughput(rows: readonly Row[]): void {
  console.log("");
  console.log(
    "articles  pipeline  articles/s  target      per CPU s    MB/s  peak RSS MB  live heap MB  seconds",
  );
  for (const { size, variant, median: r } of rows) {
    const rate = r.articles / r.seconds;
    const { target } = VARIANTS[variant];
    console.log(
      [
        String(size).padStart(8),
        variant.padEnd(8),
        rate.toFixed(0).padStart(10),
        `${rate >= target ? "met" : "below"} ${target}`.padEnd(10),
        (r.articles / r.cpuSeconds).toFixed(0).padStart(9),
        (r.bytes / 1e6 / r.seconds).toFixed(2).padStart(6),
        r.peakRssMb.toFixed(0).padStart(11),
        r.liveHeapMb.toFixed(1).padStart(12),
        r.seconds.toFixed(2).padStart(7),
      ].join("  "),
    );
  }
  console.log("");
  console.log("  pipeline      events: the whole pipeline; actors: stops after actor mentions");
  console.log("  articles/s    articles over ingest wall time; the 1k rows include JIT warm-up");
  console.log("  target        the issue's articles/s on one core: events 300, actors 1,000");
  console.log(
    "  per CPU s     articles per CPU second of the child: less sensitive to a busy machine",
  );
  console.log("  MB/s          article file bytes read per second");
  console.log("  peak RSS MB   the child's maximum resident memory, garbage not yet collected too");
  console.log("  live heap MB  JS heap still in use after the ingest and a full GC");
  console.log("  seconds       ingest wall time, after dictionaries are loaded");
}

function printStages(rows: readonly Row[]): void {
  console.log("");
  console.log("ms per article by stage, from each row's median run");
  const heads = ["read", ...STAGE_COLUMNS.map(([, head]) => head), "SQLite", "total", "GC"];
  console.log(
    `articles  pipeline${heads.map((h) => h.padStart(10)).join("")}  SQLite %  mentions/article`,
  );
  for (const { size, variant, median: r } of rows) {
    const perArticle = (ms: number) => ms / r.articles;
    const totalMs = r.seconds * 1000;
    const stagesMs = Object.values(r.stageMs).reduce((sum, ms) => sum + ms, 0);
    const cells = [
      perArticle(totalMs - stagesMs - r.storeMs),
      ...STAGE_COLUMNS.map(([name]) => {
        const ms = r.stageMs[name];
        return ms === undefined ? null : perArticle(ms);
      }),
      perArticle(r.storeMs),
      perArticle(totalMs),
      perArticle(r.gcMs),
    ];
    console.log(
      [
        String(size).padStart(8),
        variant.padEnd(6),
        cells.map((ms) => (ms === null ? "-" : ms.toFixed(3)).padStart(10)).join(""),
        `${((100 * r.storeMs) / totalMs).toFixed(0)}%`.padStart(8),
        `${(r.actorMentions / r.articles).toFixed(0)} actor, ${(r.eventMentions / r.articles).toFixed(0)} event`,
      ].join("  "),
    );
  }
  console.log("");
  console.log("  read          the rest: file read, decoding, the text reader, ingest's own loop");
  console.log("  normalise...  each pipeline stage's wall time, GC pauses inside it included");
  console.log("  SQLite        the store's transactions: inserts, JSON packing, event summaries");
  console.log("  total         all of the above: ingest wall time per article");
  console.log("  GC            garbage-collection pauses, already counted in the columns above");
  console.log("  SQLite %      the store's share of the total");
  console.log("  mentions/...  actor and event mentions stored per article: the work each row did");
}

/** "Memory flat in corpus size": peak RSS of the largest corpus against the smallest. */
function printMemoryGrowth(rows: readonly Row[]): void {
  const sizes = [...new Set(rows.map((r) => r.size))].sort((a, b) => a - b);
  const small = sizes[0];
  const large = sizes[sizes.length - 1];
  if (small === undefined || large === undefined || small === large) return;
  console.log("");
  for (const variant of VARIANT_NAMES) {
    const a = rows.find((r) => r.size === small && r.variant === variant)?.median;
    const b = rows.find((r) => r.size === large && r.variant === variant)?.median;
    if (!a || !b) continue;
    console.log(
      `memory, ${variant}: peak RSS ${b.peakRssMb.toFixed(0)} MB at ${large} articles vs ` +
        `${a.peakRssMb.toFixed(0)} MB at ${small} (${(b.peakRssMb / a.peakRssMb).toFixed(2)}×); ` +
        `live heap ${b.liveHeapMb.toFixed(1)} vs ${a.liveHeapMb.toFixed(1)} MB`,
    );
  }
}

function runChild(
  prefix: string[],
  corpus: string,
  db: string,
  variant: Variant,
): ChildResult | null {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${db}${suffix}`, { force: true });
  const argv = [
    process.execPath,
    "--expose-gc",
    fileURLToPath(import.meta.url),
    "--child",
    corpus,
    db,
    variant,
  ];
  const [command, ...args] = [...prefix, ...argv] as [string, ...string[]];
  const child = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  if (child.status !== 0) {
    console.error(child.stderr);
    return null;
  }
  return JSON.parse(child.stdout) as ChildResult;
}

/** Runs inside the pinned child so its peak RSS is this corpus's alone. */
async function measureIngest(
  corpusDir: string,
  dbFile: string,
  variant: Variant,
): Promise<ChildResult> {
  const bytes = readdirSync(corpusDir).reduce(
    (sum, f) => sum + statSync(join(corpusDir, f)).size,
    0,
  );
  const stageMs: Record<string, number> = {};
  const onStage = (stage: string, ms: number) => {
    stageMs[stage] = (stageMs[stage] ?? 0) + ms;
  };
  let storeMs = 0;
  const store = openSqliteStore(dbFile);
  const timed = timedStore(store, (ms) => (storeMs += ms));
  const lexicon = loadLexicon([]);
  const pipeline =
    variant === "actors"
      ? actorsPipeline(lexicon, { onStage })
      : defaultPipeline(lexicon, loadVerbDictionary([]), { onStage });
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gc.observe({ entryTypes: ["gc"] });

  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const summary = ingestPaths([corpusDir], { store: timed, pipeline });
  const cpu = process.cpuUsage(cpuStarted);
  const seconds = (performance.now() - started) / 1000;

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  // GC entries are delivered from the event loop, which the synchronous ingest never yielded to.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 10));
  gc.disconnect();
  const stats = store.stats();
  store.close();
  (globalThis as { gc?: () => void }).gc?.();
  const liveHeapMb = process.memoryUsage().heapUsed / 2 ** 20;
  return {
    articles: summary.articles,
    bytes,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb,
    liveHeapMb,
    stageMs,
    storeMs,
    gcMs,
    actorMentions: stats.actorMentions,
    eventMentions: stats.eventMentions,
  };
}

/** The store with the time of each write reported; reads pass straight through. */
function timedStore(store: Store, onWrite: (ms: number) => void): Store {
  const time = <T>(write: () => T): T => {
    const started = performance.now();
    try {
      return write();
    } finally {
      onWrite(performance.now() - started);
    }
  };
  return {
    put: (document) => time(() => store.put(document)),
    putAll: (documents) => time(() => store.putAll(documents)),
    articles: (options) => store.articles(options),
    article: (id, options) => store.article(id, options),
    sentenceSpans: (id) => store.sentenceSpans(id),
    corpusMentions: () => store.corpusMentions(),
    actorMentions: (id) => store.actorMentions(id),
    events: (filter) => store.events(filter),
    eventMentions: (id) => store.eventMentions(id),
    stats: () => store.stats(),
    close: () => store.close(),
  };
}

function ensureCorpus(size: number): string {
  const dir = join(WORK_DIR, `corpus-${SEED}-${size}`);
  const done = join(dir, ".complete");
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const article of syntheticArticles(size, SEED)) {
    writeFileSync(join(dir, article.name), article.content);
  }
  writeFileSync(done, "");
  return dir;
}

/** `taskset` keeps the child, its GC threads included, on one core, as the target is stated. */
function pinToOneCore(): { prefix: string[]; note: string } {
  const probe = spawnSync("taskset", ["-c", "0", "true"]);
  if (probe.status === 0) return { prefix: ["taskset", "-c", "0"], note: "pinned to core 0" };
  return { prefix: [], note: "taskset unavailable: not pinned to one core" };
}

await main();
