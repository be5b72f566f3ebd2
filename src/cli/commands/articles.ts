/** `dyad articles`: one article per line, in the contract's Article shape. */

import type { Command } from "commander";
import type { StoredArticle } from "../../store/store.js";
import { openStore } from "../database.js";
import { parseFormat, type RecordFormat, writeRecords } from "../output.js";

const COLUMNS = [
  "id",
  "path",
  "title",
  "title_source",
  "outlet",
  "url",
  "published",
  "published_source",
  "published_inferred",
  "language",
  "story",
  "paths",
  "paragraphs",
  "sentences",
  "tokens",
];

export function registerArticles(program: Command): void {
  program
    .command("articles")
    .description("list stored articles, one per line")
    .option("--db <file>", "database file (default: $DYAD_DB or ./dyad.db)")
    .option("--format <format>", "jsonl or csv", "jsonl")
    .option("--text", "include the full text that all offsets refer to")
    .addHelpText(
      "after",
      `
Examples:
  dyad articles                          JSON Lines, dated articles first
  dyad articles --format csv > articles.csv
  dyad articles --text | jq -r .text     the exact text every offset points into`,
    )
    .action((options: { db?: string; format: string; text?: boolean }) => {
      const format = parseFormat(options.format, ["jsonl", "csv"]) as RecordFormat;
      const store = openStore(options.db, { mustExist: true });
      try {
        const withText = options.text ?? false;
        const columns = withText ? [...COLUMNS, "text"] : COLUMNS;
        const records = mapIterable(store.articles({ withText }), articleRecord);
        writeRecords(records, format, columns, (chunk) => process.stdout.write(chunk));
      } finally {
        store.close();
      }
    });
}

/** The contract's field names (snake_case), plus provenance fields after them. */
export function articleRecord(article: StoredArticle): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: article.id,
    path: article.paths[0]?.path ?? null,
    title: article.title,
    title_source: article.titleSource,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    published_source: article.publishedSource,
    published_inferred: article.publishedInferred,
    language: article.language,
    story: article.story,
    paths: article.paths.map((p) => (p.line === null ? p.path : `${p.path}:${p.line}`)),
    paragraphs: article.paragraphs,
    sentences: article.sentences,
    tokens: article.tokens,
  };
  if (article.text !== undefined) record.text = article.text;
  return record;
}

function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U): Iterable<U> {
  for (const item of items) yield map(item);
}
