import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CLI, dumpDatabase, dyad, FIXTURES, jsonLines, tempDir } from "./cli-helpers.js";

const CORPUS = join(FIXTURES, "corpus");
const BAD = join(FIXTURES, "bad");

function ingestCorpus() {
  const db = join(tempDir(), "t.db");
  const result = dyad(["ingest", CORPUS, "--db", db]);
  return { db, result };
}

describe("dyad ingest + articles", () => {
  it("reads text, front matter, extensionless, JSONL and HTML files from a directory tree", () => {
    const { db, result } = ingestCorpus();
    expect(result.stderr).toContain("read 6 articles from 5 files");
    expect(result.status).toBe(0);
    const articles = jsonLines(dyad(["articles", "--db", db]).stdout);
    const byPath = (suffix: string) => articles.filter((a) => String(a.path).endsWith(suffix));
    expect(articles).toHaveLength(6);
    expect(byPath("lima-talks.txt")[0]).toMatchObject({
      published: "2025-02-11",
      title: null,
      outlet: null,
      language: "en",
      published_inferred: false,
      story: null,
    });
    expect(byPath("front-matter.txt")[0]).toMatchObject({
      title: "Kenya and Ethiopia open border crossing",
      title_source: "metadata",
      outlet: "Rift Valley Courier",
      url: "https://courier.example/kenya-ethiopia-border",
      published: "2025-03-02",
    });
    expect(byPath("undated-headline")[0]).toMatchObject({
      title: "Philippine coast guard reports new standoff",
      title_source: "first-paragraph",
      published: null,
    });
    expect(byPath("feed.jsonl").map((a) => a.published)).toEqual(["2025-04-14", "2025-04-15"]);
    expect(byPath("report.html")[0]).toMatchObject({
      outlet: "Coastline Daily",
      url: "https://coastline.example/ghana-summit",
      published: "2025-05-20",
    });
  });

  it("round-trips the text exactly with --text", () => {
    const { db } = ingestCorpus();
    const articles = jsonLines(dyad(["articles", "--db", db, "--text"]).stdout);
    const lima = articles.find((a) => String(a.path).endsWith("lima-talks.txt"));
    const file = readFileSync(join(CORPUS, "lima-talks.txt"), "utf8");
    expect(lima?.text).toBe(file.replace(/^ date 2025-02-11 /, "").trim());
    const html = articles.find((a) => String(a.path).endsWith("report.html"));
    expect(html?.text).toContain("Leaders from eleven West African states gathered in Accra");
    expect(html?.text).not.toContain("should-not-appear");
    expect(html?.text).not.toContain("All rights reserved");
  });

  it("demo shows the most-reported events, and the id it suggests explains", () => {
    const db = join(tempDir(), "demo.db");
    const demo = dyad(["demo", "--db", db]);
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain("most-reported events");
    const id = /npx dyad explain ([0-9a-f]{16})/.exec(demo.stdout)?.[1];
    expect(id).toBeDefined();
    const explained = dyad(["explain", id as string, "--db", db]);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toContain(`event ${id}`);
    expect(explained.stdout).toMatch(/\{[^}]+\}/);
  });

  it("is idempotent: a second ingest leaves the database content identical", () => {
    const { db } = ingestCorpus();
    const before = dumpDatabase(db);
    const again = dyad(["ingest", CORPUS, "--db", db]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain("0 new, 6 unchanged, 0 refused");
    expect(dumpDatabase(db)).toBe(before);
  });

  it("stores the same article under two paths once, with both paths", () => {
    const dir = tempDir();
    const db = join(dir, "t.db");
    mkdirSync(join(dir, "copy"));
    copyFileSync(join(CORPUS, "lima-talks.txt"), join(dir, "a.txt"));
    copyFileSync(join(CORPUS, "lima-talks.txt"), join(dir, "copy", "b.txt"));
    const result = dyad(["ingest", join(dir, "a.txt"), join(dir, "copy"), "--db", db]);
    expect(result.stderr).toContain("1 new, 1 known under a new path");
    const articles = jsonLines(dyad(["articles", "--db", db]).stdout);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paths).toEqual([join(dir, "a.txt"), join(dir, "copy", "b.txt")]);
  });

  it("writes CSV that a CSV parser reads back, text with quotes and newlines included", () => {
    const { db } = ingestCorpus();
    const csv = dyad(["articles", "--db", db, "--format", "csv", "--text"]).stdout;
    const rows = parseCsv(csv, { columns: true }) as Array<Record<string, string>>;
    const json = jsonLines(dyad(["articles", "--db", db, "--text"]).stdout);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.text)).toEqual(json.map((a) => a.text));
    expect(rows.map((r) => r.id)).toEqual(json.map((a) => a.id));
    expect(rows[0]?.published_inferred).toBe("false");
  });

  it("reads standard input, sniffing JSON Lines, and applies --outlet", () => {
    const db = join(tempDir(), "t.db");
    const input = '{"text": "Ministers met in Rabat on Monday.", "published": "2025-06-02"}\n';
    const result = dyad(["ingest", "-", "--db", db, "--outlet", "Atlas Post"], { input });
    expect(result.status).toBe(0);
    const [article] = jsonLines(dyad(["articles", "--db", db]).stdout);
    expect(article).toMatchObject({ path: "-", outlet: "Atlas Post", published: "2025-06-02" });
  });

  it("uses $DYAD_DB when --db is not given", () => {
    const db = join(tempDir(), "env.db");
    dyad(["ingest", join(CORPUS, "lima-talks.txt")], { env: { DYAD_DB: db } });
    expect(jsonLines(dyad(["articles"], { env: { DYAD_DB: db } }).stdout)).toHaveLength(1);
  });

  it("prints counts with stats", () => {
    const { db } = ingestCorpus();
    const stats = JSON.parse(dyad(["stats", "--db", db, "--format", "json"]).stdout);
    expect(stats).toMatchObject({ articles: 6, paths: 6, undated: 1, nonEnglish: 0 });
    expect(stats.sentences).toBeGreaterThanOrEqual(15);
    const text = dyad(["stats", "--db", db]).stdout;
    expect(text).toMatch(/^articles\s+6$/m);
  });
});

describe("bad input", () => {
  it("reports each refused input on one line, keeps the good ones, exits 1", () => {
    const db = join(tempDir(), "t.db");
    const result = dyad(["ingest", BAD, join(BAD, "missing.txt"), "--db", db]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    const expected = [
      `dyad: ${join(BAD, "brochure.pdf.txt")}: binary file (PDF), not text`,
      `dyad: ${join(BAD, "damaged-utf8.txt")}: warning: invalid UTF-8: 2 byte sequence(s) replaced with U+FFFD`,
      `dyad: ${join(BAD, "empty.txt")}: empty file`,
      `dyad: ${join(BAD, "mixed.jsonl")}:2: invalid JSON`,
      `dyad: ${join(BAD, "mixed.jsonl")}:3: missing "text" string field; line skipped`,
      `dyad: ${join(BAD, "no-body.html")}: no article body found in HTML`,
      `dyad: ${join(BAD, "notes.pdf")}: warning: skipped: unsupported file type ".pdf"`,
      `dyad: ${join(BAD, "missing.txt")}: no such file or directory`,
    ];
    for (const line of expected) expect(lines.some((l) => l.startsWith(line))).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const articles = jsonLines(dyad(["articles", "--db", db, "--text"]).stdout);
    expect(articles.map((a) => String(a.text).slice(0, 20)).sort()).toEqual([
      "Another good article",
      "Ministers met in Osl",
      "Officials met on Fri",
    ]);
  });

  it("refuses a file of an unsupported type named explicitly", () => {
    const db = join(tempDir(), "t.db");
    const result = dyad(["ingest", join(BAD, "notes.pdf"), "--db", db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `dyad: ${join(BAD, "notes.pdf")}: unsupported file type ".pdf" (dyad reads .txt`,
    );
  });

  it("stores a non-English article, flagged with its language", () => {
    const db = join(tempDir(), "t.db");
    const input =
      "Les ministres des affaires étrangères des deux pays se sont rencontrés lundi dans la " +
      "capitale et ont déclaré vouloir coopérer sur le commerce et la sécurité des pêcheurs.";
    const result = dyad(["ingest", "-", "--db", db], { input });
    expect(result.status).toBe(0);
    const [article] = jsonLines(dyad(["articles", "--db", db]).stdout);
    expect(article).toMatchObject({ language: "fr" });
    expect(JSON.parse(dyad(["stats", "--db", db, "--format", "json"]).stdout)).toMatchObject({
      nonEnglish: 1,
    });
  });

  it("gives a one-line error for a command on a missing database", () => {
    const db = join(tempDir(), "none.db");
    const result = dyad(["articles", "--db", db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `dyad: ${db}: no database here (run \`dyad ingest\` first, or pass --db FILE)\n`,
    );
  });

  it("gives a one-line error for a file that is not a database", () => {
    const db = join(tempDir(), "not.db");
    writeFileSync(db, "plain words, not SQLite ".repeat(200));
    const result = dyad(["ingest", join(CORPUS, "lima-talks.txt"), "--db", db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`dyad: ${db}: not a dyad database (the file is not SQLite)\n`);
  });

  it("reports a database locked by another writer and writes nothing", () => {
    const { db } = ingestCorpus();
    const before = dumpDatabase(db);
    const holder = new Database(db);
    holder.exec("BEGIN IMMEDIATE");
    const result = dyad(["ingest", join(FIXTURES, "bad", "mixed.jsonl"), "--db", db], {
      env: { DYAD_BUSY_TIMEOUT_MS: "100" },
    });
    holder.exec("ROLLBACK");
    holder.close();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`dyad: ${db}: database is locked by another process`);
    expect(
      result.stderr
        .trim()
        .split("\n")
        .filter((l) => !l.startsWith("dyad: ")),
    ).toEqual([]);
    expect(dumpDatabase(db)).toBe(before);
  });

  it("rejects unknown commands, options and formats with a dyad: line and status 1", () => {
    const unknown = dyad(["frobnicate"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^dyad: unknown command 'frobnicate'/);
    const format = dyad(["articles", "--format", "xml", "--db", ingestCorpus().db]);
    expect(format.status).toBe(1);
    expect(format.stderr).toBe('dyad: unknown format "xml" (use jsonl, csv)\n');
  });
});

describe("help", () => {
  it("lists commands and examples", () => {
    const help = dyad(["--help"]);
    expect(help.status).toBe(0);
    for (const command of ["demo", "ingest", "articles", "stats"])
      expect(help.stdout).toContain(command);
    expect(help.stdout).toContain("Examples:");
    expect(dyad(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const ingest = dyad(["ingest", "--help"]);
    expect(ingest.stdout).toContain("--outlet <name>");
    expect(ingest.stdout).toContain("Examples:");
  });
});

describe("terminal output", () => {
  it("shows a progress bar on a terminal and nothing but the summary when piped", () => {
    const db = join(tempDir(), "t.db");
    const command = `node ${JSON.stringify(CLI)} ingest ${JSON.stringify(CORPUS)} --db ${JSON.stringify(db)}`;
    // `script` gives the command a pseudo-terminal, as a person's shell would.
    const tty = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8" });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain("ingesting [");
    const piped = dyad(["ingest", CORPUS, "--db", join(tempDir(), "p.db")]);
    expect(piped.stderr).not.toContain("ingesting [");
    expect(piped.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints nothing with --quiet when all input is good", () => {
    const result = dyad(["ingest", CORPUS, "--db", join(tempDir(), "t.db"), "--quiet"]);
    expect(result).toMatchObject({ status: 0, stdout: "", stderr: "" });
  });

  it("prints only errors with --quiet", () => {
    const result = dyad(["ingest", BAD, "--db", join(tempDir(), "t.db"), "--quiet"]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toContain("warning:");
    expect(result.stderr).toContain("binary file (PDF)");
  });
});

describe("stored segmentation", () => {
  it("stores sentence spans that slice the stored text cleanly", () => {
    const { db } = ingestCorpus();
    const conn = new Database(db, { readonly: true });
    const rows = conn
      .prepare(
        `SELECT a.text, s.value ->> 1 AS start, s.value ->> 2 AS end,
           l.paragraphs -> (s.value ->> 0) ->> 0 AS pstart,
           l.paragraphs -> (s.value ->> 0) ->> 1 AS pend
         FROM article_layout l JOIN articles a ON a.seq = l.article, json_each(l.sentences) s`,
      )
      .all() as Array<{ text: string; start: number; end: number; pstart: number; pend: number }>;
    conn.close();
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) {
      const sentence = row.text.slice(row.start, row.end);
      expect(sentence.length).toBeGreaterThan(0);
      expect(sentence).toBe(sentence.trim());
      expect(sentence).not.toContain("\n");
      expect(row.start).toBeGreaterThanOrEqual(row.pstart);
      expect(row.end).toBeLessThanOrEqual(row.pend);
    }
  });
});
