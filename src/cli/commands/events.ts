/** `dyad events` and `dyad mentions`: aggregated events and their mentions, filtered, in a format. */

import type { Command } from "commander";
import { eventRecord } from "../../aggregate/event-record.js";
import { queryEvents } from "../../aggregate/query.js";
import { dateBounds } from "../../aggregate/event-key.js";
import { gdeltEventRow, gdeltMentionRow } from "../../export/gdelt.js";
import { isoDay } from "../../ingest/iso-date.js";
import { UserError } from "../../model/index.js";
import type { EventFilter, StoredArticle, Store } from "../../store/store.js";
import { openStore } from "../database.js";
import { parseFormat, type RecordFormat, writeRecords } from "../output.js";

const CSV_COLUMNS = [
  "id",
  "date",
  "date_precision",
  "source",
  "target",
  "cameo",
  "cameo_name",
  "root",
  "plover",
  "quad_class",
  "goldstein",
  "location",
  "num_mentions",
  "num_articles",
  "num_sources",
  "mentions",
];

interface FilterOptions {
  db?: string;
  format: string;
  dyad?: string;
  actor?: string;
  from?: string;
  to?: string;
  root?: string;
}

export function registerEvents(program: Command): void {
  withFilters(
    program
      .command("events")
      .description("list aggregated events (one per line) with their mentions and evidence")
      .option("--format <format>", "jsonl, csv or gdelt (GDELT 2.0 Events TSV)", "jsonl"),
  )
    .addHelpText(
      "after",
      `
Examples:
  dyad events --dyad CHN-VNM --from 2024-08-01
  dyad events --root 04 --format csv > meetings.csv
  dyad events --format gdelt > events.tsv        # loads where GDELT 2.0 event files load

Dates filter by overlap: --from 2024-08-01 keeps an event dated "2024-08" or "2024".`,
    )
    .action((options: FilterOptions) => {
      const format = parseFormat(options.format, ["jsonl", "csv", "gdelt"]);
      const filter = parseFilter(options);
      const store = openStore(options.db, { mustExist: true });
      try {
        const write = (chunk: string) => process.stdout.write(chunk);
        const records = eventRecords(store, filter);
        if (format === "gdelt") {
          const articles = articleLookup(store);
          for (const record of records) {
            write(gdeltEventRow(record, articles(record.mentions[0]?.article)));
          }
          return;
        }
        writeRecords(
          records as Iterable<Record<string, unknown>>,
          format as RecordFormat,
          CSV_COLUMNS,
          write,
        );
      } finally {
        store.close();
      }
    });
}

export function registerMentions(program: Command): void {
  withFilters(
    program
      .command("mentions")
      .description("list event mentions (one sentence reporting one event per line)")
      .option("--format <format>", "jsonl or gdelt (GDELT 2.0 Mentions TSV)", "jsonl"),
  )
    .addHelpText(
      "after",
      `
Examples:
  dyad mentions --root 04 | jq -c '{event, article, text: .mention.text}'
  dyad mentions --format gdelt > mentions.tsv`,
    )
    .action((options: FilterOptions) => {
      const format = parseFormat(options.format, ["jsonl", "gdelt"]);
      const filter = parseFilter(options);
      const store = openStore(options.db, { mustExist: true });
      try {
        const articles = articleLookup(store);
        for (const { summary, mentions } of queryEvents(store, filter)) {
          for (const record of mentions) {
            process.stdout.write(
              format === "gdelt"
                ? gdeltMentionRow(record, summary.date, articles(record.article))
                : `${JSON.stringify(record)}\n`,
            );
          }
        }
      } finally {
        store.close();
      }
    });
}

function withFilters(command: Command): Command {
  return command
    .option("--db <file>", "database file (default: $DYAD_DB or ./dyad.db)")
    .option("--dyad <AAA-BBB>", "source and target country (or actor) codes, e.g. CHN-VNM")
    .option("--actor <code>", "an actor or country code on either side, e.g. VNMGOV or VNM")
    .option("--from <date>", "events that may have happened on or after YYYY[-MM[-DD]]")
    .option("--to <date>", "events that may have happened on or before YYYY[-MM[-DD]]")
    .option("--root <NN>", "CAMEO root code, 01-20");
}

function* eventRecords(store: Store, filter: EventFilter) {
  for (const { summary, mentions } of queryEvents(store, filter)) {
    yield eventRecord(summary, mentions);
  }
}

/** Articles by id, read once each: the GDELT rows cite their first article's URL and date. */
function articleLookup(store: Store) {
  const cache = new Map<string, StoredArticle | undefined>();
  return (id: string | undefined) => {
    if (id === undefined) return undefined;
    if (!cache.has(id)) cache.set(id, store.article(id));
    return cache.get(id);
  };
}

export function parseFilter(options: Omit<FilterOptions, "db" | "format">): EventFilter {
  const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  if (options.dyad !== undefined) {
    const match = /^([A-Za-z]{3,12})-([A-Za-z]{3,12})$/.exec(options.dyad);
    if (!match) {
      throw new UserError(null, `--dyad "${options.dyad}" is not two codes (use e.g. CHN-VNM)`);
    }
    filter.dyad = {
      source: (match[1] as string).toUpperCase(),
      target: (match[2] as string).toUpperCase(),
    };
  }
  if (options.actor !== undefined) {
    if (!/^[A-Za-z]{3,12}$/.test(options.actor)) {
      throw new UserError(null, `--actor "${options.actor}" is not an actor code (e.g. VNMGOV)`);
    }
    filter.actor = options.actor.toUpperCase();
  }
  if (options.from !== undefined) filter.from = dayBound(options.from, "--from", "first");
  if (options.to !== undefined) filter.to = dayBound(options.to, "--to", "last");
  if (options.root !== undefined) {
    const root = options.root.padStart(2, "0");
    if (!/^(0[1-9]|1\d|20)$/.test(root)) {
      throw new UserError(null, `--root "${options.root}" is not a CAMEO root (01-20)`);
    }
    filter.root = root;
  }
  return filter;
}

function dayBound(value: string, option: string, end: "first" | "last"): string {
  const partial = /^\d{4}(-\d{2})?$/.test(value) && Number(value.slice(5) || "1") <= 12;
  const day = partial ? dateBounds(value)[end] : isoDay(value);
  if (!day || (partial && value.length === 7 && value.slice(5) === "00")) {
    throw new UserError(
      null,
      `${option} "${value}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  }
  return day;
}
