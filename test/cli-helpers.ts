/** Runs the built CLI the way a user does and reads its database, for the end-to-end tests. */

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";

export const ROOT = resolve(import.meta.dirname, "..");
export const CLI = join(ROOT, "dist/cli/main.js");
export const FIXTURES = join(ROOT, "test/fixtures");

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "dyad-e2e-"));
}

export function dyad(
  args: readonly string[],
  options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {},
): RunResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, DYAD_DB: "", ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI like `dyad` does, without blocking: tests that need many runs start them together,
 * so they overlap on a machine with more than one core.
 */
export function dyadAsync(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, DYAD_DB: "", ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

export function spawnDyad(args: readonly string[]) {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: "ignore" });
}

export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Every row of every table, in a fixed order: equal dumps mean equal database content. */
export function dumpDatabase(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    const parts = tables.map((table) => {
      const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
      const sorted = rows.map((row) => JSON.stringify(row)).sort();
      return `${table}\n${sorted.join("\n")}`;
    });
    return parts.join("\n\n");
  } finally {
    db.close();
  }
}
