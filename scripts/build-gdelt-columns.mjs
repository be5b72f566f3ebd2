#!/usr/bin/env node
// Writes data/gdelt/{events,mentions}-columns.txt: the GDELT 2.0 column names in order, taken
// from the schema files in ../shared/reference/gdelt (names and order only; they are facts of
// the format, not the GPL-3 description text beside them).
// Usage: node scripts/build-gdelt-columns.mjs ../shared/reference
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const reference = process.argv[2];
if (!reference) {
  console.error("usage: node scripts/build-gdelt-columns.mjs REFERENCE_DIR");
  process.exit(1);
}
const out = new URL("../data/gdelt/", import.meta.url);

const events = readFileSync(
  join(reference, "gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"),
  "utf8",
)
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(",")[0])
  .filter(Boolean);
const mentions = readFileSync(
  join(reference, "gdelt/GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv"),
  "utf8",
)
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split("\t")[1])
  .filter(Boolean);

const header = "# GDELT 2.0 column names in order (scripts/build-gdelt-columns.mjs)\n";
writeFileSync(new URL("events-columns.txt", out), header + events.join("\n") + "\n");
writeFileSync(new URL("mentions-columns.txt", out), header + mentions.join("\n") + "\n");
console.log(`events: ${events.length} columns, mentions: ${mentions.length} columns`);
