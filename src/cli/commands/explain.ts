/** `dyad explain EVENT_ID`: an event's evidence for a person to read, spans marked, rules named. */

import type { Command } from "commander";
import { eventRecord } from "../../aggregate/event-record.js";
import { queryEvents } from "../../aggregate/query.js";
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
        const found = queryEvents(store).find((e) => e.summary.id === id);
        if (!found) throw new UserError(null, `no event "${id}" (see \`dyad events\`)`);
        const { summary, mentions } = found;
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

/**
 * The sentence with each evidence span wrapped in its marks; spans outside it are skipped.
 * Where marks meet, a span closes before the next opens ("[Kenya]{'s}"), and spans that share an
 * end nest: the longer one opens first and closes last.
 * @example marked(mention) // "[Ruto] {met} <Mwakyusa> in @Arusha@ (on Monday)."
 */
export function marked(mention: EventMention): string {
  const spans = [
    { span: mention.sourceEvidence, open: "[", close: "]" },
    { span: mention.trigger, open: "{", close: "}" },
    { span: mention.targetEvidence, open: "<", close: ">" },
    { span: mention.dateEvidence, open: "(", close: ")" },
    { span: mention.locationEvidence, open: "@", close: "@" },
  ].flatMap(({ span, open, close }, rank) =>
    span && span.start >= mention.start && span.end <= mention.end
      ? [{ start: span.start, end: span.end, open, close, rank }]
      : [],
  );
  const marks = spans.flatMap((s) => [
    // Sort keys after the offset: closes (0) before opens (1); a close of the span that opened
    // later first; an open of the span that closes later first.
    { at: s.end, kind: 0, order: -s.start, rank: -s.rank, text: s.close },
    { at: s.start, kind: 1, order: -s.end, rank: s.rank, text: s.open },
  ]);
  marks.sort((a, b) => a.at - b.at || a.kind - b.kind || a.order - b.order || a.rank - b.rank);
  let text = "";
  let done = mention.start;
  for (const mark of marks) {
    text += mention.text.slice(done - mention.start, mark.at - mention.start) + mark.text;
    done = mark.at;
  }
  return text + mention.text.slice(done - mention.start);
}
