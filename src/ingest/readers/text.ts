/** Reads a plain-text article: optional ` date YYYY-MM-DD` line, optional YAML front matter, body. */

import { parse as parseYaml } from "yaml";
import {
  type ArticleMeta,
  type Diagnostic,
  diagnostic,
  EMPTY_META,
  newDocument,
  type PublishedSource,
} from "../../model/index.js";
import { isoDay } from "../iso-date.js";
import type { Reader } from "../reader.js";

/** The contract's date line; the article text may continue on the same line after the date. */
const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+|\r?\n|$)/;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads one plain-text file into one document.
 * @example readText({ path: "a.txt", text: " date 2024-04-09 Leaders met." }).documents[0].text
 * // "Leaders met."
 */
export const readText: Reader = (input) => {
  const diagnostics: Diagnostic[] = [];
  let rest = input.text;
  let meta: ArticleMeta = EMPTY_META;

  const dateLine = DATE_LINE.exec(rest);
  if (dateLine) {
    const value = dateLine[1] as string;
    const day = isoDay(value);
    if (day) meta = { ...meta, published: day, publishedSource: "date-line" };
    else diagnostics.push(badDate(value, 1));
    rest = rest.slice(dateLine[0].length);
  }

  const frontMatter = FRONT_MATTER.exec(rest);
  if (frontMatter) {
    const line = dateLine ? 2 : 1;
    const parsed = readFrontMatter(frontMatter[1] as string, line);
    if ("error" in parsed) return { documents: [], diagnostics: [parsed.error] };
    diagnostics.push(...parsed.diagnostics);
    meta = mergeMeta(meta, parsed.meta, "front-matter");
    rest = rest.slice(frontMatter[0].length);
  }

  return {
    documents: [newDocument({ path: input.path, format: "text" }, rest, meta, diagnostics)],
    diagnostics: [],
  };
};

interface FrontMatterMeta {
  readonly meta: Partial<ArticleMeta>;
  readonly diagnostics: readonly Diagnostic[];
}

function readFrontMatter(source: string, line: number): FrontMatterMeta | { error: Diagnostic } {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    return {
      error: diagnostic(
        "ingest/bad-front-matter",
        "error",
        `invalid YAML front matter: ${reason}`,
        {
          source: "read",
          place: { line },
        },
      ),
    };
  }
  if (data === null || data === undefined) return { meta: {}, diagnostics: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      error: diagnostic(
        "ingest/bad-front-matter",
        "error",
        "front matter is not a key: value mapping",
        { source: "read", place: { line } },
      ),
    };
  }
  const fields = data as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  const text = (key: string): string | null => {
    const value = fields[key];
    if (value === undefined || value === null) return null;
    if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
    diagnostics.push(
      diagnostic("ingest/bad-field", "warning", `front matter "${key}" is not text; ignored`, {
        source: "read",
        place: { line },
      }),
    );
    return null;
  };

  const published = text("published");
  const day = published === null ? null : isoDay(published);
  if (published !== null && day === null) diagnostics.push(badDate(published, line));
  const meta: Partial<ArticleMeta> = {
    title: text("title"),
    outlet: text("outlet"),
    url: text("url"),
    published: day,
    declaredLanguage: text("language"),
  };
  return { meta, diagnostics };
}

/** Fields given later (front matter) fill or override earlier ones (the date line) when present. */
export function mergeMeta(
  base: ArticleMeta,
  given: Partial<ArticleMeta>,
  publishedSource: PublishedSource,
): ArticleMeta {
  const title = given.title ?? base.title;
  const published = given.published ?? base.published;
  return {
    ...base,
    title,
    titleSource: title === null ? null : given.title ? "metadata" : base.titleSource,
    outlet: given.outlet ?? base.outlet,
    url: given.url ?? base.url,
    published,
    publishedSource: given.published ? publishedSource : base.publishedSource,
    declaredLanguage: given.declaredLanguage ?? base.declaredLanguage,
  };
}

export function badDate(value: string, line: number): Diagnostic {
  return diagnostic("ingest/bad-date", "warning", `"${value}" is not a valid date; ignored`, {
    source: "read",
    place: { line },
  });
}
