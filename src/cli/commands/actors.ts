/** `dyad actors`: one resolved actor per line, with roles, evidence and conflicts. */

import type { Command } from "commander";
import { resolveActors } from "../../resolve/actors.js";
import { openStore } from "../database.js";
import { parseFormat, type RecordFormat, writeRecords } from "../output.js";

const COLUMNS = [
  "id",
  "name",
  "type",
  "code",
  "country",
  "sector",
  "aliases",
  "mentions",
  "articles",
  "roles",
  "conflicts",
];

export function registerActors(program: Command): void {
  program
    .command("actors")
    .description("list resolved actors (people, organisations) across all articles")
    .option("--db <file>", "database file (default: $DYAD_DB or ./dyad.db)")
    .option("--format <format>", "jsonl or csv", "jsonl")
    .addHelpText(
      "after",
      `
Examples:
  dyad actors | jq -c '{name, code, conflicts: [.conflicts[].value]}'
  dyad actors --format csv > actors.csv

Country and sector are decided by how many articles state them; the losing claims are listed
under "conflicts" with their evidence (article id and character offsets).`,
    )
    .action((options: { db?: string; format: string }) => {
      const format = parseFormat(options.format, ["jsonl", "csv"]) as RecordFormat;
      const store = openStore(options.db, { mustExist: true });
      try {
        const actors = resolveActors(store.corpusMentions());
        writeRecords(
          actors as unknown as Array<Record<string, unknown>>,
          format,
          COLUMNS,
          (chunk) => process.stdout.write(chunk),
        );
      } finally {
        store.close();
      }
    });
}
