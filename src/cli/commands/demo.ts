/** `dyad demo`: ingests the bundled examples into ./dyad-demo.db and shows what came out. */

import { relative } from "node:path";
import type { Command } from "commander";
import { EXAMPLE_SOURCES, EXAMPLES_DIR } from "../../paths.js";
import { queryEvents } from "../../aggregate/query.js";
import { cameoCode } from "../../events/codes.js";
import { resolveActors } from "../../resolve/actors.js";
import { openStore } from "../database.js";
import { runIngest, summaryLine } from "./ingest.js";

export const DEMO_DB = "dyad-demo.db";

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description(`ingest the bundled example articles into ./${DEMO_DB} and show them`)
    .option("--db <file>", "database file", DEMO_DB)
    .option("-q, --quiet", "print only the summary line")
    .addHelpText(
      "after",
      `
Examples:
  dyad demo                              ingest and show the examples (safe to run again)
  dyad articles --db ${DEMO_DB} --text   then look at what was stored`,
    )
    .action(async (options: { db: string; quiet?: boolean }) => {
      const started = performance.now();
      const summary = await runIngest(EXAMPLE_SOURCES, { db: options.db, quiet: true });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const out = (line = "") => process.stdout.write(`${line}\n`);
      out(`${summaryLine(summary, options.db)} in ${seconds} s`);
      if (options.quiet) return;
      out();
      const store = openStore(options.db, { mustExist: true });
      try {
        out(`${"published".padEnd(11)}${"outlet".padEnd(22)}${"sent".padStart(5)}  title`);
        for (const article of store.articles()) {
          const title =
            article.title ?? `(untitled: ${relative(EXAMPLES_DIR, article.paths[0]?.path ?? "")})`;
          out(
            `${(article.published ?? "undated").padEnd(11)}${truncate(article.outlet ?? "(unknown)", 21).padEnd(22)}${String(article.sentences).padStart(5)}  ${truncate(title, 70)}`,
          );
        }
        out();
        out("most-mentioned actors (coded by the weight of evidence across articles)");
        for (const actor of resolveActors(store.corpusMentions()).slice(0, 10)) {
          const conflicts = actor.conflicts.map((c) => `${c.field} ${c.value}?`).join(", ");
          out(
            `  ${truncate(actor.name, 28).padEnd(29)}${(actor.code ?? "-").padEnd(11)}${String(actor.articles).padStart(3)} articles${conflicts ? `  conflicting: ${conflicts}` : ""}`,
          );
        }
        out();
        out("most-reported events (who did what to whom, when; mentions / articles / outlets)");
        const events = queryEvents(store)
          .map(({ summary }) => summary)
          .sort((a, b) => b.numMentions - a.numMentions || a.id.localeCompare(b.id))
          .slice(0, 10);
        for (const event of events) {
          const code = cameoCode(event.cameo);
          const dyad = `${event.source?.name ?? "?"} -> ${event.target?.name ?? "-"}`;
          out(
            `  ${(event.date ?? "undated").padEnd(11)}${event.cameo.padEnd(5)}${truncate(code?.name ?? "", 30).padEnd(31)}${truncate(dyad, 44).padEnd(45)}${event.numMentions}/${event.numArticles}/${event.numSources}  ${event.id}`,
          );
        }
        const stats = store.stats();
        out();
        out(
          `${stats.articles} articles, ${stats.sentences} sentences, ${stats.tokens} tokens, ${stats.actorMentions} actor mentions, ${stats.events} events, ${stats.outlets} outlets, ${stats.undated} undated`,
        );
        out(`Next: npx dyad events --db ${options.db} | head -n 3`);
        out(`      npx dyad explain ${events[0]?.id ?? "EVENT_ID"} --db ${options.db}`);
      } finally {
        store.close();
      }
      if (summary.refused > 0) process.exitCode = 1;
    });
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
