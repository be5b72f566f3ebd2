/** Reads JSON Lines: one article object per line; a bad line is refused with its number, the rest kept. */

import { type Diagnostic, diagnostic, EMPTY_META, newDocument } from "../../model/index.js";
import { isoDay } from "../iso-date.js";
import type { Reader } from "../reader.js";
import { badDate, mergeMeta } from "./text.js";

const OPTIONAL_TEXT_FIELDS = ["id", "title", "outlet", "url", "published", "language"] as const;

/**
 * Reads every non-blank line as one article: `text` required; `id`, `title`, `outlet`, `url`,
 * `published` (ISO date or datetime) and `language` optional.
 * @example readJsonl({ path: "f.jsonl", text: '{"text":"Leaders met."}\n' }).documents.length // 1
 */
export const readJsonl: Reader = (input) => {
  const documents = [];
  const diagnostics: Diagnostic[] = [];
  const lines = input.text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] as string).trim();
    if (raw === "") continue;
    const line = index + 1;
    const parsed = parseLine(raw);
    if (typeof parsed === "string") {
      diagnostics.push(
        diagnostic("ingest/bad-jsonl-line", "error", `${parsed}; line skipped`, {
          source: "read",
          place: { line },
        }),
      );
      continue;
    }
    const lineDiagnostics: Diagnostic[] = [];
    const published = parsed.published === undefined ? null : isoDay(parsed.published);
    if (parsed.published !== undefined && published === null) {
      lineDiagnostics.push(badDate(parsed.published, line));
    }
    const meta = mergeMeta(
      EMPTY_META,
      {
        title: parsed.title ?? null,
        outlet: parsed.outlet ?? null,
        url: parsed.url ?? null,
        published,
        declaredLanguage: parsed.language ?? null,
      },
      "jsonl",
    );
    const origin =
      parsed.id === undefined
        ? { path: input.path, format: "jsonl" as const, line }
        : { path: input.path, format: "jsonl" as const, line, externalId: parsed.id };
    documents.push(newDocument(origin, parsed.text, meta, lineDiagnostics));
  }
  return { documents, diagnostics };
};

type LineFields = { text: string } & Partial<Record<(typeof OPTIONAL_TEXT_FIELDS)[number], string>>;

/** The line's fields, or the reason it cannot be read. */
function parseLine(raw: string): LineFields | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return "not a JSON object";
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") return 'missing "text" string field';
  if (record.text.trim() === "") return '"text" is empty';
  const fields: LineFields = { text: record.text };
  for (const key of OPTIONAL_TEXT_FIELDS) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (key === "id" && typeof field === "number") fields.id = String(field);
    else if (typeof field !== "string") return `"${key}" must be a string`;
    else if (field.trim() !== "") fields[key] = field.trim();
  }
  return fields;
}
