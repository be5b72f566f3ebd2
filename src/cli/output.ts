/** Writes records to stdout as JSON Lines or CSV (via csv-stringify, so quoting is always right). */

import { stringify } from "csv-stringify/sync";
import { UserError } from "../model/index.js";

export type RecordFormat = "jsonl" | "csv";

export function parseFormat(value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) {
    throw new UserError(null, `unknown format "${value}" (use ${allowed.join(", ")})`);
  }
  return value;
}

/**
 * Serialises records one at a time so a large table streams; CSV gets one header row.
 * @example writeRecords([{ a: 1 }], "csv", ["a"], (s) => process.stdout.write(s))
 */
export function writeRecords(
  records: Iterable<Record<string, unknown>>,
  format: RecordFormat,
  columns: readonly string[],
  write: (chunk: string) => void,
): number {
  let count = 0;
  if (format === "csv") write(stringify([columns as string[]]));
  for (const record of records) {
    if (format === "jsonl") {
      write(`${JSON.stringify(record)}\n`);
    } else {
      write(stringify([columns.map((column) => csvCell(record[column]))]));
    }
    count++;
  }
  return count;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Commander's accumulator for a repeatable option ("--dict a --dict b"). */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
