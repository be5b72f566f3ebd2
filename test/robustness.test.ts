import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dumpDatabase, dyad, jsonLines, spawnDyad, tempDir } from "./cli-helpers.js";

/** Small distinct articles, enough of them that ingesting takes a while. */
function writeManyFiles(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    writeFileSync(
      join(dir, `article-${String(i).padStart(5, "0")}.txt`),
      ` date 2025-01-${day} Delegation number ${i} arrived in Geneva on Monday.\n\n` +
        `The envoys said talks on item ${i} would continue. A statement followed on Tuesday.\n`,
    );
  }
}

function consistencyProblems(db: string): string[] {
  const conn = new Database(db, { readonly: true });
  try {
    const problems: string[] = [];
    const integrity = conn.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity: ${integrity}`);
    const partial = conn
      .prepare(
        `SELECT a.id FROM articles a
         LEFT JOIN article_layout l ON l.article = a.seq
         WHERE l.article IS NULL
            OR a.sentences != json_array_length(l.sentences)
            OR a.paragraphs != json_array_length(l.paragraphs)
            OR NOT EXISTS (SELECT 1 FROM article_paths p WHERE p.article = a.seq)`,
      )
      .pluck()
      .all();
    if (partial.length) problems.push(`half-written articles: ${partial.join(", ")}`);
    const orphans = conn
      .prepare(
        "SELECT count(*) FROM article_layout WHERE article NOT IN (SELECT seq FROM articles)",
      )
      .pluck()
      .get() as number;
    if (orphans) problems.push(`${orphans} orphan article layouts`);
    return problems;
  } finally {
    conn.close();
  }
}

function articleCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare("SELECT count(*) FROM articles").pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

describe("robustness", () => {
  it("ingests a directory of thousands of files", () => {
    const dir = tempDir();
    writeManyFiles(join(dir, "many"), 3000);
    const db = join(dir, "t.db");
    const result = dyad(["ingest", join(dir, "many"), "--db", db]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("read 3000 articles from 3000 files");
    expect(articleCount(db)).toBe(3000);
    expect(consistencyProblems(db)).toEqual([]);
  });

  it("leaves a consistent store when killed mid-ingest, and a rerun completes it", async () => {
    const dir = tempDir();
    writeManyFiles(join(dir, "many"), 4000);
    const db = join(dir, "t.db");
    const child = spawnDyad(["ingest", join(dir, "many"), "--db", db, "--quiet"]);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const deadline = Date.now() + 20_000;
    while (articleCount(db) < 50 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill("SIGKILL");
    await exited;
    const stored = articleCount(db);
    expect(stored).toBeGreaterThanOrEqual(50);
    expect(stored).toBeLessThan(4000);
    expect(consistencyProblems(db)).toEqual([]);

    const rerun = dyad(["ingest", join(dir, "many"), "--db", db]);
    expect(rerun.status).toBe(0);
    expect(articleCount(db)).toBe(4000);
    expect(consistencyProblems(db)).toEqual([]);

    // The interrupted-then-completed store holds exactly what a clean run stores.
    const clean = join(dir, "clean.db");
    dyad(["ingest", join(dir, "many"), "--db", clean, "--quiet"]);
    expect(dumpDatabase(db)).toBe(dumpDatabase(clean));
  });
});

describe("dyad demo", () => {
  it("ingests the bundled examples into ./dyad-demo.db and shows them", () => {
    const cwd = tempDir();
    const result = dyad(["demo"], { cwd });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/read \d+ articles from \d+ files into dyad-demo\.db: \d+ new/);
    const db = join(cwd, "dyad-demo.db");
    const articles = jsonLines(dyad(["articles", "--db", db]).stdout);
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const extension of [".txt", ".jsonl", ".html"]) {
      expect(articles.some((a) => String(a.path).endsWith(extension))).toBe(true);
    }
    const again = dyad(["demo", "--quiet"], { cwd });
    expect(again.stdout).toMatch(/: 0 new, \d+ unchanged, 0 refused/);
  });
});
