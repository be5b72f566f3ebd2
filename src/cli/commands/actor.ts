/** `dyad actor "PHRASE"|-`: codes phrases without a database, for dictionary work and scripts. */

import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { codePhrase } from "../../actors/phrase.js";
import { isoDay } from "../../ingest/iso-date.js";
import { UserError } from "../../model/index.js";
import { loadLexicon } from "../../actors/bundled-lexicon.js";
import { collect } from "../output.js";

export function registerActor(program: Command): void {
  program
    .command("actor")
    .description("code an actor phrase to {name, code, country, sector} (no database needed)")
    .argument("<phrase>", "the phrase, or - to read one phrase per line from stdin")
    .option("--date <YYYY-MM-DD>", "the date the phrase is from (picks among dated codes)")
    .option("--dict <file>", "extra actor or agent dictionary (repeatable)", collect, [])
    .addHelpText(
      "after",
      `
Examples:
  dyad actor "Peru's Interior Ministry"          {"name":"Peru's Interior Ministry","code":"PERGOV",...}
  dyad actor "President Xi Jinping" --date 2024-08-19
  printf 'Russian warplanes\\nthe UN\\n' | dyad actor -
  dyad actor "Kinakutan police" --dict my-countries.txt

Unknown phrases print nulls, never a guess; with -, every input line gets one output line.`,
    )
    .action((phrase: string, options: { date?: string; dict: string[] }) => {
      const date = options.date === undefined ? null : isoDay(options.date);
      if (options.date !== undefined && date === null) {
        throw new UserError(null, `--date "${options.date}" is not a date (use YYYY-MM-DD)`);
      }
      const lexicon = loadLexicon(options.dict);
      const phrases = phrase === "-" ? readFileSync(0, "utf8").split(/\r?\n/) : [phrase];
      if (phrase === "-" && phrases.at(-1) === "") phrases.pop();
      for (const line of phrases) {
        const coded = codePhrase(lexicon, line, date);
        process.stdout.write(`${JSON.stringify(coded)}\n`);
      }
    });
}
