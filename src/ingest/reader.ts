/** The contract between input formats and the pipeline: decoded text in, documents and diagnostics out. */

import type { Diagnostic, Document } from "../model/index.js";

/** A decoded input: its path as the user gave it (or "-" for stdin) and its text. */
export interface DecodedInput {
  readonly path: string;
  readonly text: string;
}

/**
 * What a reader returns: zero or more documents, plus diagnostics about the input itself (a bad
 * JSONL line, an HTML page without an article body). An `error` diagnostic means that input, or
 * that part of it (`place.line`), was refused; the documents that were read are kept.
 */
export interface ReadResult {
  readonly documents: readonly Document[];
  readonly diagnostics: readonly Diagnostic[];
}

export type Reader = (input: DecodedInput) => ReadResult;
