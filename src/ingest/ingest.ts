/** Ingestion: files → readers → pipeline → store, in small transactions; one bad input never stops the batch. */

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Diagnostic, type Document, hasError } from "../model/index.js";
import type { Pipeline } from "../pipeline/pipeline.js";
import type { PutOutcome, Store } from "../store/store.js";
import { decodeBytes } from "./decode.js";
import { findSources, formatOfPath, READERS, STDIN, sniffFormat, systemReason } from "./sources.js";

export interface IngestOptions {
  readonly store: Store;
  readonly pipeline: Pipeline;
  /** Outlet for every article of this run, overriding what the files say. */
  readonly outlet?: string;
  /** Standard input, read only when a path is "-". */
  readonly readStdin?: () => Uint8Array;
  /** Called for every diagnostic worth showing, with the path as the user gave it. */
  readonly report?: (path: string, diagnostic: Diagnostic) => void;
  /** Called after each input file, with the number of files done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Articles per transaction: one commit per article spent a third of ingest time committing, while
 * larger batches keep more documents alive long enough to be promoted, which grew peak memory.
 * A crash loses at most this many whole articles, and re-running the ingest restores them.
 */
const BATCH_SIZE = 16;

export interface IngestSummary {
  readonly files: number;
  readonly articles: number;
  readonly outcomes: Readonly<Record<PutOutcome, number>>;
  /** Inputs, or parts of inputs (a JSONL line), that were refused. */
  readonly refused: number;
  readonly warnings: number;
}

/**
 * Reads every file under `paths` into the store. Idempotent: running it twice on the same files
 * leaves the store unchanged the second time.
 * @example ingestPaths(["examples"], { store, pipeline: defaultPipeline() }).outcomes.stored
 */
export function ingestPaths(paths: readonly string[], options: IngestOptions): IngestSummary {
  const sources = [...findSources(paths)];
  const outcomes: Record<PutOutcome, number> = {
    stored: 0,
    "path-added": 0,
    updated: 0,
    unchanged: 0,
  };
  let files = 0;
  let articles = 0;
  let refused = 0;
  let warnings = 0;
  const report = (path: string, diagnostic: Diagnostic) => {
    if (diagnostic.severity === "error") refused++;
    if (diagnostic.severity === "warning") warnings++;
    if (diagnostic.severity !== "info") options.report?.(path, diagnostic);
  };

  let batch: Document[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    for (const outcome of options.store.putAll(batch)) outcomes[outcome]++;
    batch = [];
  };

  sources.forEach((source, index) => {
    if (!source.ok) {
      report(source.path, source.diagnostic);
    } else {
      files++;
      for (const document of readSource(source.path, options, report)) {
        const coded = options.pipeline.run(document);
        const notes = coded.diagnostics.filter((d) => d.source !== "read");
        const where = lineLabel(source.path, coded);
        for (const note of notes) report(where, note);
        if (hasError(coded.diagnostics)) continue;
        articles++;
        batch.push(coded);
        if (batch.length >= BATCH_SIZE) flush();
      }
    }
    options.onProgress?.(index + 1, sources.length);
  });
  flush();
  return { files, articles, outcomes, refused, warnings };
}

/** Decodes and reads one input, reporting what the reader says about it. */
function readSource(
  path: string,
  options: IngestOptions,
  report: (path: string, diagnostic: Diagnostic) => void,
): readonly Document[] {
  let bytes: Uint8Array;
  try {
    bytes = path === STDIN ? (options.readStdin ?? (() => readFileSync(0)))() : readFileSync(path);
  } catch (error) {
    report(path, {
      kind: "diagnostic",
      ruleId: "ingest/unreadable",
      severity: "error",
      reason: systemReason(error),
      source: "read",
    });
    return [];
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    report(path, decoded.diagnostic);
    return [];
  }
  for (const warning of decoded.diagnostics) report(path, warning);
  const format = path === STDIN ? sniffFormat(decoded.text) : (formatOfPath(path) ?? "text");
  const storedPath = path === STDIN ? STDIN : resolve(path);
  const result = READERS[format]({ path: storedPath, text: decoded.text });
  for (const diagnostic of result.diagnostics) report(placeLabel(path, diagnostic), diagnostic);
  return result.documents.map((document) => {
    for (const diagnostic of document.diagnostics) report(placeLabel(path, diagnostic), diagnostic);
    const withOutlet = options.outlet
      ? { ...document, meta: { ...document.meta, outlet: options.outlet } }
      : document;
    return withOutlet;
  });
}

function placeLabel(path: string, diagnostic: Diagnostic): string {
  return diagnostic.place?.line === undefined ? path : `${path}:${diagnostic.place.line}`;
}

function lineLabel(path: string, document: Document): string {
  return document.origin.line === undefined ? path : `${path}:${document.origin.line}`;
}
