/** `npm run bench`: ingest throughput and peak memory on a seeded synthetic corpus, one core. */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestPaths } from "../ingest/ingest.js";
import { PACKAGE_ROOT } from "../paths.js";
import { defaultPipeline } from "../pipeline/stages.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { syntheticArticles } from "./corpus.js";

const SEED = 20240819;
const SIZES = (process.env.DYAD_BENCH_SIZES ?? "1000,20000").split(",").map(Number);
const WORK_DIR = join(PACKAGE_ROOT, ".bench");
/** Runs per size; the median is printed, since one run on a shared machine can be an outlier. */
const RUNS = Number(process.env.DYAD_BENCH_RUNS ?? 3);

interface ChildResult {
  readonly articles: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly liveHeapMb: number;
}

function main(): void {
  const [mode, corpusDir, dbFile] = process.argv.slice(2);
  if (mode === "--child" && corpusDir && dbFile) {
    process.stdout.write(`${JSON.stringify(measureIngest(corpusDir, dbFile))}\n`);
    return;
  }
  const pin = pinToOneCore();
  console.log(`dyad ingest benchmark: read + normalise + segment + language + SQLite store`);
  console.log(`synthetic corpus, seed ${SEED}, ~600 words/article; ${pin.note}`);
  console.log("");
  console.log(`median of ${RUNS} runs per size, each in a fresh process and database`);
  console.log("");
  console.log("articles   articles/s     MB/s   peak RSS MB   live heap MB   seconds");
  for (const size of SIZES) {
    const corpus = ensureCorpus(size);
    const runs: ChildResult[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = runChild(pin.prefix, corpus, join(WORK_DIR, `bench-${size}.db`));
      if (!result) {
        process.exitCode = 2;
        return;
      }
      runs.push(result);
    }
    const median = (values: number[]) =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const seconds = median(runs.map((r) => r.seconds));
    const { articles, bytes } = runs[0] as ChildResult;
    console.log(
      [
        String(articles).padStart(8),
        (articles / seconds).toFixed(0).padStart(12),
        (bytes / 1e6 / seconds).toFixed(2).padStart(8),
        median(runs.map((r) => r.peakRssMb))
          .toFixed(0)
          .padStart(13),
        median(runs.map((r) => r.liveHeapMb))
          .toFixed(1)
          .padStart(14),
        seconds.toFixed(2).padStart(9),
      ].join(" "),
    );
  }
  console.log("");
  console.log(
    "peak RSS includes garbage V8 has not yet collected; live heap is what stays after a full GC",
  );
}

function runChild(prefix: string[], corpus: string, db: string): ChildResult | null {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${db}${suffix}`, { force: true });
  const argv = [
    process.execPath,
    "--expose-gc",
    fileURLToPath(import.meta.url),
    "--child",
    corpus,
    db,
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
function measureIngest(corpusDir: string, dbFile: string): ChildResult {
  const bytes = readdirSync(corpusDir).reduce(
    (sum, f) => sum + statSync(join(corpusDir, f)).size,
    0,
  );
  const store = openSqliteStore(dbFile);
  const pipeline = defaultPipeline();
  const started = performance.now();
  const summary = ingestPaths([corpusDir], { store, pipeline });
  const seconds = (performance.now() - started) / 1000;
  store.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  (globalThis as { gc?: () => void }).gc?.();
  const liveHeapMb = process.memoryUsage().heapUsed / 2 ** 20;
  return { articles: summary.articles, bytes, seconds, peakRssMb, liveHeapMb };
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

main();
