/** `dyad code "TEXT"|-`: codes a text without a database and shows every rule that fired. */

import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { isoDay } from "../../ingest/iso-date.js";
import { readText } from "../../ingest/readers/text.js";
import { UserError } from "../../model/index.js";
import { collect } from "../output.js";
import { codingPipeline } from "../pipeline.js";

export function registerCode(program: Command): void {
  program
    .command("code")
    .description("code a text's actors and events without a database, with the rules that fired")
    .argument("<text>", "the text, or - to read it from stdin")
    .option("--date <YYYY-MM-DD>", "publication date (resolves 'on Monday', 'last year', ...)")
    .option("--dict <file>", "extra actor, agent or verb dictionary (repeatable)", collect, [])
    .addHelpText(
      "after",
      `
Examples:
  dyad code "Chinese President Xi Jinping met Vietnamese President To Lam in Beijing on Monday." --date 2024-08-20
  cat article.txt | dyad code - | jq '.events[] | {cameo, source: .source.code, target: .target.code}'

The text may start with a " date YYYY-MM-DD" line like an article file; --date overrides it.`,
    )
    .action(async (text: string, options: { date?: string; dict: string[] }) => {
      const date = options.date === undefined ? null : isoDay(options.date);
      if (options.date !== undefined && date === null) {
        throw new UserError(null, `--date "${options.date}" is not a date (use YYYY-MM-DD)`);
      }
      const input = text === "-" ? readFileSync(0, "utf8") : text;
      const pipeline = await codingPipeline(options.dict);
      const [read] = readText({ path: "(text)", text: input }).documents;
      if (!read) throw new UserError(null, "no text to code");
      const document = date
        ? { ...read, meta: { ...read.meta, published: date, publishedSource: "option" as const } }
        : read;
      const coded = pipeline.run(document);
      const result = {
        published: coded.meta.published,
        text: coded.text,
        actors: coded.actorMentions ?? [],
        events: coded.events ?? [],
        diagnostics: coded.diagnostics.filter((d) => d.severity !== "info"),
      };
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
}
