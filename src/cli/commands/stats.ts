/** `dyad stats`: counts of what the database holds. */

import type { Command } from "commander";
import { openStore } from "../database.js";
import { parseFormat } from "../output.js";

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description("print counts of what the database holds")
    .option("--db <file>", "database file (default: $DYAD_DB or ./dyad.db)")
    .option("--format <format>", "text or json", "text")
    .addHelpText("after", "\nExamples:\n  dyad stats\n  dyad stats --format json | jq .articles")
    .action((options: { db?: string; format: string }) => {
      const format = parseFormat(options.format, ["text", "json"]);
      const store = openStore(options.db, { mustExist: true });
      try {
        const stats = store.stats();
        if (format === "json") {
          process.stdout.write(`${JSON.stringify(stats)}\n`);
          return;
        }
        const rows: Array<[string, number]> = [
          ["articles", stats.articles],
          ["paths", stats.paths],
          ["outlets", stats.outlets],
          ["undated", stats.undated],
          ["non-English", stats.nonEnglish],
          ["paragraphs", stats.paragraphs],
          ["sentences", stats.sentences],
          ["tokens", stats.tokens],
          ["characters", stats.chars],
          ["actor mentions", stats.actorMentions],
          ["events", stats.events],
          ["event mentions", stats.eventMentions],
        ];
        for (const [label, value] of rows) {
          process.stdout.write(`${label.padEnd(15)} ${value}\n`);
        }
      } finally {
        store.close();
      }
    });
}
