import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { dyad, FIXTURES, jsonLines, tempDir } from "./cli-helpers.js";

const DICT = join(FIXTURES, "dict");

describe("dyad actor", () => {
  it("codes a phrase with the bundled dictionaries", () => {
    const result = dyad(["actor", "Peru's Interior Ministry"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      name: "Peru's Interior Ministry",
      code: "PERGOV",
      country: "PER",
      sector: "GOV",
    });
  });

  it("reads one phrase per stdin line and answers every line, in order", () => {
    const input = "Russian warplanes\nzzqx blorf\nthree Egyptian fishermen\n\nKenyan lawmakers\n";
    const lines = jsonLines(dyad(["actor", "-"], { input }).stdout);
    expect(lines.map((l) => [l.name, l.code])).toEqual([
      ["Russian warplanes", "RUSMIL"],
      ["zzqx blorf", null],
      ["three Egyptian fishermen", "EGYCVL"],
      ["", null],
      ["Kenyan lawmakers", "KENLEG"],
    ]);
  });

  it("uses the date to choose a dated code", () => {
    const coded = JSON.parse(dyad(["actor", "Xi Jinping", "--date", "2024-08-19"]).stdout);
    expect(coded).toMatchObject({ name: "Xi Jinping", country: "CHN", sector: "GOV" });
  });

  it("codes a fictional country a user adds with --dict", () => {
    const before = JSON.parse(dyad(["actor", "Kinakutan police"]).stdout);
    expect(before.code).toBeNull();
    const dict = join(DICT, "kinakuta.actors.txt");
    const after = JSON.parse(dyad(["actor", "Kinakutan police", "--dict", dict]).stdout);
    expect(after).toMatchObject({ code: "KNKCOP", country: "KNK", sector: "COP" });
    const leader = dyad(["actor", "President Arlo Vesk", "--dict", dict, "--date", "2024-01-01"]);
    expect(JSON.parse(leader.stdout)).toMatchObject({ name: "Arlo Vesk", code: "KNKGOV" });
  });

  it("stops with a one-line error naming the file and line of a malformed entry", () => {
    const dict = join(DICT, "broken.actors.txt");
    const result = dyad(["actor", "Zorbia", "--dict", dict]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^dyad: ${dict}:3: .+\\n$`));
  });

  it("refuses a malformed date", () => {
    const result = dyad(["actor", "Xi Jinping", "--date", "19 Aug"]);
    expect(result).toMatchObject({ status: 1 });
    expect(result.stderr).toBe('dyad: --date "19 Aug" is not a date (use YYYY-MM-DD)\n');
  });
});

describe("dyad ingest with actors", () => {
  it("stores actor mentions and uses --dict dictionaries", () => {
    const dir = tempDir();
    const db = join(dir, "t.db");
    const input = "Kinakutan police detained two men. President Arlo Vesk said order was restored.";
    const dict = join(DICT, "kinakuta.actors.txt");
    const result = dyad(["ingest", "-", "--db", db, "--dict", dict], { input });
    expect(result.status).toBe(0);
    const [article] = jsonLines(dyad(["articles", "--db", db]).stdout);
    const store = openSqliteStore(db, { mustExist: true });
    const mentions = store
      .actorMentions(String(article?.id))
      .map(({ text, code, type }) => ({ text, code, type }));
    store.close();
    expect(mentions).toEqual([
      { text: "Kinakutan police", code: "KNKCOP", type: "organisation" },
      { text: "men", code: null, type: "group" },
      { text: "President Arlo Vesk", code: "KNKGOV", type: "person" },
    ]);
    const stats = JSON.parse(dyad(["stats", "--db", db, "--format", "json"]).stdout);
    expect(stats.actorMentions).toBe(3);
  });

  it("stops before touching the database when a --dict file is malformed", () => {
    const db = join(tempDir(), "t.db");
    const dict = join(DICT, "broken.actors.txt");
    const result = dyad(["ingest", "-", "--db", db, "--dict", dict], { input: "Text here." });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^dyad: ${dict}:3: .+\\n$`));
    expect(existsSync(db)).toBe(false);
  });
});

describe("dyad actors", () => {
  it("resolves one actor across articles by the weight of evidence and records the conflict", () => {
    const db = join(tempDir(), "t.db");
    expect(dyad(["ingest", join(FIXTURES, "actors"), "--db", db, "-q"]).status).toBe(0);
    const actors = jsonLines(dyad(["actors", "--db", db]).stdout);
    const minh = actors.find((a) => a.name === "Tran Van Minh");
    expect(minh).toMatchObject({
      type: "person",
      code: "VNMGOV",
      country: "VNM",
      sector: "GOV",
      articles: 3,
      aliases: ["Minh", "Tran Van Minh"],
    });
    const conflicts = minh?.conflicts as Array<{
      field: string;
      value: string;
      evidence: unknown[];
    }>;
    expect(conflicts.map((c) => [c.field, c.value])).toEqual([["country", "CHN"]]);
    const [evidence] = conflicts[0]?.evidence as Array<{
      article: string;
      start: number;
      end: number;
      text: string;
    }>;
    const articles = jsonLines(dyad(["articles", "--db", db, "--text"]).stdout);
    const source = articles.find((a) => a.id === evidence?.article);
    expect(String(source?.text).slice(evidence?.start, evidence?.end)).toBe(evidence?.text);
    const csv = dyad(["actors", "--db", db, "--format", "csv"]).stdout;
    expect(csv.split("\n")[0]).toBe(
      "id,name,type,code,country,sector,aliases,mentions,articles,roles,conflicts",
    );
  });
});
