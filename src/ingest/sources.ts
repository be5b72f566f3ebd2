/** Finds the input files behind the paths a user gives, and picks a reader for each. */

import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Diagnostic, InputFormat } from "../model/index.js";
import { diagnostic } from "../model/index.js";
import type { Reader } from "./reader.js";
import { readHtml } from "./readers/html.js";
import { readJsonl } from "./readers/jsonl.js";
import { readText } from "./readers/text.js";

export const STDIN = "-";

/** An input file to read, or a path that could not be used and why. */
export type Source =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly path: string; readonly diagnostic: Diagnostic };

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  "": "text",
  ".txt": "text",
  ".text": "text",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
};

export const READERS: Readonly<Record<InputFormat, Reader>> = {
  text: readText,
  jsonl: readJsonl,
  html: readHtml,
};

/**
 * Expands files and directories (recursively, in name order so runs are reproducible) into sources.
 * Hidden files and folders (".git", ".DS_Store") are passed over. A file of another type is refused
 * when named explicitly (the user expects it read) and skipped with a warning inside a directory
 * (a folder of news often holds a README or an image too).
 * @example [...findSources(["examples"])].filter((s) => s.ok).length
 */
export function* findSources(paths: readonly string[]): Generator<Source> {
  for (const path of paths) {
    if (path === STDIN) {
      yield { ok: true, path };
      continue;
    }
    yield* expand(path, true);
  }
}

function* expand(path: string, explicit: boolean): Generator<Source> {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    yield refused(path, "ingest/unreadable", systemReason(error));
    return;
  }
  if (!isDirectory) {
    if (formatOfPath(path) === null) {
      const type = `unsupported file type "${extname(path)}"`;
      const supported = "dyad reads .txt, .text, extensionless text, .jsonl, .ndjson, .html, .htm";
      yield explicit
        ? refused(path, "ingest/unsupported-type", `${type} (${supported})`)
        : {
            ok: false,
            path,
            diagnostic: diagnostic("ingest/unsupported-type", "warning", `skipped: ${type}`, {
              source: "read",
            }),
          };
    } else {
      yield { ok: true, path };
    }
    return;
  }
  let entries: string[];
  try {
    entries = readdirSync(path).sort();
  } catch (error) {
    yield refused(path, "ingest/unreadable", systemReason(error));
    return;
  }
  if (explicit && entries.length === 0) {
    yield refused(path, "ingest/empty-directory", "directory has no files");
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith(".")) continue;
    yield* expand(join(path, entry), false);
  }
}

/** The format a file name implies, or null when dyad does not read that kind of file. */
export function formatOfPath(path: string): InputFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** Standard input has no name: tell JSON Lines and HTML from text by their first characters. */
export function sniffFormat(text: string): InputFormat {
  const start = text.trimStart();
  if (start.startsWith("{")) return "jsonl";
  if (/^<(!doctype\s+html|html|head|body|article)\b/i.test(start)) return "html";
  return "text";
}

function refused(path: string, ruleId: string, reason: string): Source {
  return { ok: false, path, diagnostic: diagnostic(ruleId, "error", reason, { source: "read" }) };
}

/** Turns a Node system error into the short phrase a user needs. */
export function systemReason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
