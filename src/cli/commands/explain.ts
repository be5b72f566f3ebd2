/** `dyad explain EVENT_ID`: an event's evidence for a person to read, spans marked, rules named. */

import type { Command } from "commander";
import { eventRecord } from "../../aggregate/event-record.js";
import { UserError } from "../../model/index.js";
import type { EventMention } from "../../model/index.js";
import { openStore } from "../database.js";

export function registerExplain(program: Command): void {
  program
    .command("explain")
    .description("show the evidence of one event: sentences with matched spans marked, and rules")
    .argument("<event-id>", "an id from `dyad events`")
    .option("--db <file>", "database file (default: $DYAD_DB or ./dyad.db)")
    .addHelpText(
      "after",
      `
Marks: [source] {trigger} <target> (date) @place@`,
    )
    .action((id: string, options: { db?: string }) => {
      const store = openStore(options.db, { mustExist: true });
      try {
        const [summary] = store.events({ id });
        if (!summary) throw new UserError(null, `no event "${id}" (see \`dyad events\`)`);
        const mentions = store.eventMentions(id);
        const record = eventRecord(summary, mentions);
        const lines = [
          `event ${record.id}: ${record.cameo} ${record.cameo_name ?? ""} (root ${record.root}, ` +
            `PLOVER ${record.plover ?? "none"}, Goldstein ${record.goldstein ?? "?"}, ` +
            `quad class ${record.quad_class ?? "?"})`,
          `  ${actorLabel(record.source)} -> ${actorLabel(record.target)}`,
          `  date ${record.date ?? "unknown"}${record.location ? `, in ${record.location.name} (${record.location.country})` : ""}`,
          `  ${record.num_mentions} mention(s) in ${record.num_articles} article(s) from ${record.num_sources} source(s)`,
        ];
        for (const { article, outlet, mention } of mentions) {
          lines.push("");
          lines.push(
            `article ${article}${outlet ? ` (${outlet})` : ""}, sentence ${mention.sentence + 1}, chars ${mention.start}-${mention.end}`,
          );
          lines.push(`  ${marked(mention)}`);
          lines.push(`  rules: ${mention.rules.join(", ")}`);
          if (mention.dateEvidence) lines.push(`  date rule: ${mention.dateEvidence.rule}`);
          if (mention.locationEvidence)
            lines.push(`  place rule: ${mention.locationEvidence.rule}`);
        }
        process.stdout.write(`${lines.join("\n")}\n`);
      } finally {
        store.close();
      }
    });
}

function actorLabel(actor: { name: string; code: string | null } | null): string {
  return actor ? `${actor.name} (${actor.code ?? "uncoded"})` : "(none)";
}

/** The sentence with each evidence span wrapped in its marks; spans outside it are skipped. */
export function marked(mention: EventMention): string {
  const marks: Array<{ at: number; text: string; order: number }> = [];
  const wrap = (span: { start: number; end: number } | null, open: string, close: string) => {
    if (!span || span.start < mention.start || span.end > mention.end) return;
    marks.push({ at: span.start, text: open, order: 1 });
    marks.push({ at: span.end, text: close, order: 0 });
  };
  wrap(mention.sourceEvidence, "[", "]");
  wrap(mention.trigger, "{", "}");
  wrap(mention.targetEvidence, "<", ">");
  wrap(mention.dateEvidence, "(", ")");
  wrap(mention.locationEvidence, "@", "@");
  marks.sort((a, b) => b.at - a.at || a.order - b.order);
  let text = mention.text;
  for (const mark of marks) {
    const offset = mark.at - mention.start;
    text = text.slice(0, offset) + mark.text + text.slice(offset);
  }
  return text;
}
