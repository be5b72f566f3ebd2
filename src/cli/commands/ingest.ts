/** `dyad ingest PATH...`: read files, directories or stdin into the database. */

import type { Command } from "commander";
import type { IngestSummary } from "../../ingest/ingest.js";
import { databasePath, openStore } from "../database.js";
import { codingPipeline } from "../pipeline.js";
import { progressBar } from "../progress.js";
import { formatDiagnostic } from "../report.js";
import { collect } from "../output.js";

export interface IngestCommandOptions {
  readonly db?: string;
  readonly dict?: readonly string[];
  readonly outlet?: string;
  readonly quiet?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description(
      "read articles from files, directories (recursively) or - (stdin) into the database",
    )
    .argument("<paths...>", "files, directories, or - for standard input")
    .option("--db <file>", "database file (default: $DYAD_DB or ./dyad.db)")
    .option("--outlet <name>", "outlet of every article read in this run")
    .option("-q, --quiet", "print nothing but errors")
    .option("--dict <file>", "extra actor or agent dictionary (repeatable)", collect, [])
    .addHelpText(
      "after",
      `
Examples:
  dyad ingest news/                      every .txt, .jsonl, .ndjson and .html file below news/
  dyad ingest --outlet "Harbor Times" a.txt b.html
  cat feed.jsonl | dyad ingest - --db feed.db

Re-ingesting a file changes nothing. A refused input prints one line "dyad: PATH: reason";
the rest of the batch goes on and the exit status is 1.`,
    )
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const summary = await runIngest(paths, options);
      if (!options.quiet)
        process.stderr.write(`${summaryLine(summary, databasePath(options.db))}\n`);
      if (summary.refused > 0) process.exitCode = 1;
    });
}

/** Shared by `ingest` and `demo`: ingests with progress and diagnostics on stderr. */
export async function runIngest(
  paths: readonly string[],
  options: IngestCommandOptions,
): Promise<IngestSummary> {
  // Dictionaries first: a bad --dict line must stop the run before the database is touched.
  const pipeline = await codingPipeline(options.dict ?? []);
  // Readers (HTML among them) load with the pipeline, only when something is ingested.
  const { ingestPaths } = await import("../../ingest/ingest.js");
  const store = openStore(options.db);
  const progress = progressBar(!options.quiet);
  try {
    return ingestPaths(paths, {
      store,
      pipeline,
      ...(options.outlet === undefined ? {} : { outlet: options.outlet }),
      report: (path, diagnostic) => {
        if (options.quiet && diagnostic.severity !== "error") return;
        process.stderr.write(`${formatDiagnostic(path, diagnostic)}\n`);
      },
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.stop();
    store.close();
  }
}

export function summaryLine(summary: IngestSummary, db: string): string {
  const { outcomes } = summary;
  const parts = [
    `${outcomes.stored} new`,
    outcomes["path-added"] ? `${outcomes["path-added"]} known under a new path` : "",
    outcomes.updated ? `${outcomes.updated} with metadata filled in` : "",
    `${outcomes.unchanged} unchanged`,
    `${summary.refused} refused`,
    summary.warnings ? `${summary.warnings} warnings` : "",
  ].filter(Boolean);
  return `dyad: read ${summary.articles} articles from ${summary.files} files into ${db}: ${parts.join(", ")}`;
}
