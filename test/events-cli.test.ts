/**
 * End-to-end tests of the event interfaces (`events`, `mentions`, `explain`, `code`, `stats`) on
 * invented articles about one summit, reported by two outlets and a wire of unknown outlet, plus
 * a border dispute and an undated trade deal. The assertions are about the interfaces: roots and
 * countries, never the coder's exact sub-codes.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { dyadAsync, FIXTURES, jsonLines, ROOT, type RunResult, tempDir } from "./cli-helpers.js";

const DIR = join(FIXTURES, "events");
const HERALD = join(DIR, "summit-herald.txt"); // Lake Herald, two sentences on the summit
const ANALYSIS = join(DIR, "summit-herald-analysis.txt"); // Lake Herald again
const OBSERVER = join(DIR, "summit-observer.txt"); // Coast Observer
const WIRE = join(DIR, "summit-wire.txt"); // no outlet: its own source
const WIRE_COPY = join(DIR, "summit-wire-copy.txt"); // the wire's text again, without its date
const BORDER = join(DIR, "border-dispute.txt"); // Coast Observer: a dated and a month-dated event
const TRADE = join(DIR, "undated-trade.txt"); // no date anywhere
const SUMMIT_DAY = "2025-03-10";

interface Actor {
  name: string;
  code: string | null;
  country: string | null;
  sector: string | null;
}

interface EventJson {
  id: string;
  date: string | null;
  source: Actor | null;
  target: Actor | null;
  cameo: string;
  root: string;
  plover: string;
  quad_class: number;
  goldstein: number;
  location: { name: string; country: string; lat: number; lon: number } | null;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  mentions: Array<{
    article: string;
    sentence: number;
    start: number;
    end: number;
    text: string;
    rule: string;
  }>;
}

interface ArticleJson {
  id: string;
  outlet: string | null;
  published: string | null;
  text: string;
}

const parseEvents = (stdout: string) => jsonLines(stdout) as unknown as EventJson[];
const dyadOf = (e: EventJson) => `${e.source?.country}-${e.target?.country}`;

/** The run's stdout, after checking it succeeded (stderr shown if not). */
function ok(result: RunResult): string {
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** A refused command: status 1 and one line `dyad: ...` on stderr, no stack trace, no output. */
function expectUsageError(result: RunResult): void {
  expect(result.status, result.stderr).toBe(1);
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^dyad: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe("");
}

/** GDELT's column names, in order, from the data file the exporter reads. */
function gdeltColumns(file: string): string[] {
  return readFileSync(join(ROOT, "data/gdelt", file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
}

function tsvRows(stdout: string, columns: readonly string[]): Array<Record<string, string>> {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const cells = line.split("\t");
      expect(cells, line).toHaveLength(columns.length);
      return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""]));
    });
}

let db: string;
/** `dyad events` of the main database, as printed. */
let rawEvents: string;
let all: EventJson[];
let articles: Map<string, ArticleJson>;
/** The events of the main database by dyad ("KEN-TZA"), one each. */
let byDyad: Map<string, EventJson>;

/** `dyad events` of a second database, fed in another order and in two steps, then again. */
interface Steps {
  first: string;
  second: string;
  reingest: RunResult;
  again: string;
}
let steps: Promise<Steps>;

async function ingestInSteps(): Promise<Steps> {
  const other = join(tempDir(), "steps.db");
  const events = async () => ok(await dyadAsync(["events", "--db", other]));
  // Here the wire's dated copy comes before its undated copy; the directory has them the other
  // way round (summit-wire-copy.txt sorts first).
  ok(await dyadAsync(["ingest", TRADE, WIRE, BORDER, HERALD, "--db", other]));
  const first = await events();
  ok(await dyadAsync(["ingest", OBSERVER, WIRE_COPY, ANALYSIS, "--db", other]));
  const second = await events();
  const reingest = await dyadAsync(["ingest", DIR, "--db", other]);
  return { first, second, reingest, again: await events() };
}

beforeAll(async () => {
  // Started now, awaited by the tests of event ids: it overlaps with the main ingest and tests.
  steps = ingestInSteps();
  steps.catch(() => undefined); // its failure is reported by the tests that await it
  db = join(tempDir(), "events.db");
  ok(await dyadAsync(["ingest", DIR, "--db", db]));
  const [events, texts] = await Promise.all([
    dyadAsync(["events", "--db", db]),
    dyadAsync(["articles", "--db", db, "--text"]),
  ]);
  rawEvents = ok(events);
  all = parseEvents(rawEvents);
  const list = jsonLines(ok(texts)) as unknown as ArticleJson[];
  articles = new Map(list.map((a) => [a.id, a]));
  byDyad = new Map(all.map((e) => [dyadOf(e), e]));
}, 30_000);

const event = (dyad: string): EventJson => {
  const found = byDyad.get(dyad);
  if (!found) throw new Error(`no ${dyad} event in ${[...byDyad.keys()].join(", ")}`);
  return found;
};

const idsOf = (stdout: string) => parseEvents(stdout).map((e) => e.id);

describe.concurrent("dyad events after dyad ingest", () => {
  it("reports the summit as one event per direction, counted over articles and outlets", () => {
    expect(all.map(dyadOf).sort()).toEqual([
      "ETH-ERI",
      "ETH-SDN",
      "GHA-NGA",
      "KEN-TZA",
      "NGA-GHA",
      "TZA-KEN",
    ]);
    const summit = all.filter((e) => e.root === "04");
    expect(summit.map(dyadOf).sort()).toEqual(["KEN-TZA", "TZA-KEN"]);
    for (const e of summit) {
      // Herald 2 sentences, Herald analysis 1, Observer 1, wire 1 (its undated copy is the same
      // article); outlets: Lake Herald, Coast Observer, and the wire as its own source.
      expect(e).toMatchObject({ num_mentions: 5, num_articles: 4, num_sources: 3 });
      expect(e.mentions).toHaveLength(e.num_mentions);
      expect(new Set(e.mentions.map((m) => m.article)).size).toBe(e.num_articles);
      const outlets = new Set(
        e.mentions.map((m) => articles.get(m.article)?.outlet ?? `unknown:${m.article}`),
      );
      expect(outlets.size).toBe(e.num_sources);
      expect(e.location).toMatchObject({ name: "Arusha", country: "TZA" });
    }
    expect(event("KEN-TZA").source).toMatchObject({ code: "KENGOV", sector: "GOV" });
    expect(event("KEN-TZA").target).toMatchObject({ code: "TZAGOV", sector: "GOV" });
    expect(event("KEN-TZA").id).not.toBe(event("TZA-KEN").id);
    expect(event("ETH-ERI")).toMatchObject({ root: "11", num_mentions: 1, num_sources: 1 });
    expect(event("GHA-NGA")).toMatchObject({ root: "06", date: null });
  });

  it("dates an event when it happened, not when it was reported", () => {
    const summit = event("KEN-TZA");
    expect(summit.date).toBe(SUMMIT_DAY);
    const reported = summit.mentions.map((m) => articles.get(m.article)?.published);
    expect([...new Set(reported)].sort()).toEqual([
      "2025-03-11",
      "2025-03-12",
      "2025-03-13",
      "2025-03-14",
    ]);
    expect(event("ETH-ERI").date).toBe("2024-11-07"); // "on Thursday", published 2024-11-08
    expect(event("ETH-SDN").date).toBe("2024-10"); // "In October"
    expect(all.map((e) => e.date)).toEqual([
      "2024-10",
      "2024-11-07",
      SUMMIT_DAY,
      SUMMIT_DAY,
      null,
      null,
    ]);
  });

  it("gives every mention the characters of its article that `articles --text` prints", () => {
    const mentions = all.flatMap((e) => e.mentions);
    expect(mentions).toHaveLength(14);
    for (const m of mentions) {
      const text = articles.get(m.article)?.text;
      expect(text, m.article).toBeDefined();
      expect(text?.slice(m.start, m.end)).toBe(m.text);
    }
    const herald = event("KEN-TZA").mentions.filter((m) => m.text.startsWith("Ruto met"));
    expect(herald).toHaveLength(1);
  });

  it("writes every field of the contract with its type", () => {
    const actor = (a: Actor | null) => {
      if (a === null) return;
      expect(typeof a.name).toBe("string");
      for (const key of ["code", "country", "sector"] as const) {
        expect(a[key] === null || typeof a[key] === "string", key).toBe(true);
      }
    };
    for (const e of all) {
      expect(e.id).toMatch(/^[0-9a-f]{16}$/);
      expect(e.date === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date)).toBe(true);
      actor(e.source);
      actor(e.target);
      expect(e.cameo).toMatch(/^\d{2,4}$/);
      expect(e.root).toMatch(/^(0[1-9]|1\d|20)$/);
      expect(e.cameo.startsWith(e.root)).toBe(true);
      expect(typeof e.plover).toBe("string");
      expect([1, 2, 3, 4]).toContain(e.quad_class);
      expect(typeof e.goldstein).toBe("number");
      expect(Math.abs(e.goldstein)).toBeLessThanOrEqual(10);
      if (e.location !== null) {
        expect(typeof e.location.name).toBe("string");
        expect(e.location.country).toMatch(/^[A-Z]{3}$/);
        expect(typeof e.location.lat).toBe("number");
        expect(typeof e.location.lon).toBe("number");
      }
      for (const key of ["num_mentions", "num_articles", "num_sources"] as const) {
        expect(Number.isInteger(e[key]) && e[key] >= 1, key).toBe(true);
      }
      for (const m of e.mentions) {
        expect(Object.keys(m)).toEqual(
          expect.arrayContaining(["article", "sentence", "start", "end", "text", "rule"]),
        );
        expect(m.article).toMatch(/^[0-9a-f]{16}$/);
        expect(Number.isInteger(m.sentence) && m.sentence >= 0).toBe(true);
        expect(Number.isInteger(m.start) && m.end > m.start).toBe(true);
        expect(m.rule).not.toBe("");
      }
    }
  });

  it("counts events and event mentions in stats", async () => {
    const [text, json] = await Promise.all([
      dyadAsync(["stats", "--db", db]),
      dyadAsync(["stats", "--db", db, "--format", "json"]),
    ]);
    expect(ok(text)).toMatch(/^events\s+6$/m);
    expect(text.stdout).toMatch(/^event mentions\s+14$/m);
    expect(JSON.parse(ok(json))).toMatchObject({ articles: 6, events: 6, eventMentions: 14 });
  });
});

// Several ingests of the corpus in sequence: on a machine busy with other work they can take
// longer than the default 30 s, which a wrong result does not need.
describe.concurrent("event ids", { timeout: 180_000 }, () => {
  it("keep their id while counts grow with each new article (incremental ingest)", async () => {
    const { first, second } = await steps;
    const dated = (stdout: string, dyad: string) =>
      parseEvents(stdout).find((e) => dyadOf(e) === dyad && e.date === SUMMIT_DAY);
    for (const dyad of ["KEN-TZA", "TZA-KEN"]) {
      const before = dated(first, dyad);
      const after = dated(second, dyad);
      // Herald (2 sentences) and the wire; then the Observer, and the Herald's analysis: a new
      // article but no new source. The wire's undated copy is the same article: no change.
      expect(before).toMatchObject({ num_mentions: 3, num_articles: 2, num_sources: 2 });
      expect(after).toMatchObject({ num_mentions: 5, num_articles: 4, num_sources: 3 });
      expect(before?.id).toBe(event(dyad).id);
      expect(after?.id).toBe(event(dyad).id);
    }
  });

  it("are the same whatever the order articles arrive in", async () => {
    const { second } = await steps;
    expect(idsOf(second)).toEqual(all.map((e) => e.id));
    expect(second).toBe(rawEvents);
  });

  it("do not change when the same files are ingested again", async () => {
    const { second, reingest, again } = await steps;
    expect(reingest.status, reingest.stderr).toBe(0);
    expect(reingest.stderr).toContain("0 new, 7 unchanged");
    expect(again).toBe(second);
  });
});

describe.concurrent("dyad events filters", () => {
  const run = async (...args: string[]) => ok(await dyadAsync(["events", "--db", db, ...args]));
  const ids = (...dyads: string[]) => dyads.map((d) => event(d).id);

  it("--dyad keeps one direction, by country or actor code, in any case", async () => {
    const [kenTza, tzaKen, codes] = await Promise.all([
      run("--dyad", "KEN-TZA"),
      run("--dyad", "tza-ken"),
      run("--dyad", "KENGOV-TZAGOV"),
    ]);
    expect(idsOf(kenTza)).toEqual(ids("KEN-TZA"));
    expect(idsOf(tzaKen)).toEqual(ids("TZA-KEN"));
    expect(idsOf(codes)).toEqual(ids("KEN-TZA"));
  });

  it("--actor keeps events with the actor on either side", async () => {
    const [country, code, eritrea] = await Promise.all([
      run("--actor", "KEN"),
      run("--actor", "TZAGOV"),
      run("--actor", "ERI"),
    ]);
    expect(idsOf(country).sort()).toEqual(ids("KEN-TZA", "TZA-KEN").sort());
    expect(idsOf(code).sort()).toEqual(ids("KEN-TZA", "TZA-KEN").sort());
    expect(idsOf(eritrea)).toEqual(ids("ETH-ERI"));
  });

  it("--from and --to keep events whose date may fall in the range", async () => {
    const results = await Promise.all([
      run("--from", "2025"),
      run("--to", "2024"),
      run("--from", "2024-10-15", "--to", "2024-10-20"), // inside the month "2024-10"
      run("--from", "2024-11", "--to", "2024-11"),
      run("--from", SUMMIT_DAY, "--to", SUMMIT_DAY),
      run("--from", "2025-03-11"),
    ]);
    expect(results.map(idsOf)).toEqual([
      ids("KEN-TZA", "TZA-KEN").sort(),
      ids("ETH-SDN", "ETH-ERI"),
      ids("ETH-SDN"),
      ids("ETH-ERI"),
      ids("KEN-TZA", "TZA-KEN").sort(),
      [],
    ]);
  });

  it("--root keeps one CAMEO root, with or without its leading zero", async () => {
    const [four, padded, eleven, sudan] = await Promise.all([
      run("--root", "04"),
      run("--root", "4"),
      run("--root", "11", "--format", "csv"),
      run("--root", "11", "--actor", "SDN"),
    ]);
    expect(idsOf(four).sort()).toEqual(ids("KEN-TZA", "TZA-KEN").sort());
    expect(padded).toBe(four);
    const rows = parseCsv(eleven, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.id)).toEqual(ids("ETH-SDN", "ETH-ERI"));
    expect(idsOf(sudan)).toEqual(ids("ETH-SDN"));
  });

  it("refuses bad filter values with one line and status 1", async () => {
    const bad = [
      ["events", "--dyad", "KEN"],
      ["events", "--root", "25"],
      ["events", "--root", "x4"],
      ["events", "--from", "2024-13"],
      ["events", "--to", "2024-02-30"],
      ["events", "--actor", "K3N"],
      ["events", "--format", "xml"],
      ["mentions", "--from", "2024-00"],
    ];
    const results = await Promise.all(bad.map((args) => dyadAsync([...args, "--db", db])));
    results.forEach((result, i) => {
      expect(result.stderr, bad[i]?.join(" ")).not.toBe("");
      expectUsageError(result);
    });
    expect(results[0]?.stderr).toContain("--dyad");
    expect(results[3]?.stderr).toContain("2024-13");
  });
});

describe.concurrent("dyad events and mentions formats", () => {
  it("--format csv: a header, then one row per event that a CSV parser reads back", async () => {
    const csv = ok(await dyadAsync(["events", "--db", db, "--format", "csv"]));
    const [header] = parseCsv(csv, { to: 1 }) as string[][];
    expect(header).toEqual(
      expect.arrayContaining([
        "id",
        "date",
        "source",
        "target",
        "cameo",
        "root",
        "plover",
        "quad_class",
        "goldstein",
        "location",
        "num_mentions",
        "num_articles",
        "num_sources",
        "mentions",
      ]),
    );
    const rows = parseCsv(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(all.length);
    rows.forEach((row, i) => {
      const e = all[i] as EventJson;
      expect(row).toMatchObject({
        id: e.id,
        date: e.date ?? "",
        cameo: e.cameo,
        root: e.root,
        quad_class: String(e.quad_class),
        goldstein: String(e.goldstein),
        num_mentions: String(e.num_mentions),
        num_sources: String(e.num_sources),
      });
      expect(JSON.parse(row.source ?? "")).toEqual(e.source);
      expect(row.location === "" ? null : JSON.parse(row.location ?? "")).toEqual(e.location);
      expect(JSON.parse(row.mentions ?? "")).toEqual(e.mentions);
    });
  });

  it("--format gdelt: 61 GDELT 2.0 Events columns that agree with the JSON record", async () => {
    const columns = gdeltColumns("events-columns.txt");
    expect(columns).toHaveLength(61);
    const rows = tsvRows(ok(await dyadAsync(["events", "--db", db, "--format", "gdelt"])), columns);
    expect(rows).toHaveLength(all.length);
    rows.forEach((row, i) => {
      const e = all[i] as EventJson;
      expect(row.GLOBALEVENTID).toMatch(/^\d+$/);
      expect(Number.isSafeInteger(Number(row.GLOBALEVENTID))).toBe(true);
      expect(row.SQLDATE).toBe(e.date ? `${e.date}-01-01`.slice(0, 10).replace(/-/g, "") : "");
      expect(row).toMatchObject({
        EventCode: e.cameo,
        EventRootCode: e.root,
        QuadClass: String(e.quad_class),
        NumMentions: String(e.num_mentions),
        NumSources: String(e.num_sources),
        NumArticles: String(e.num_articles),
        Actor1CountryCode: e.source?.country ?? "",
        Actor2CountryCode: e.target?.country ?? "",
      });
      expect(Number(row.GoldsteinScale)).toBe(e.goldstein);
    });
    expect(new Set(rows.map((r) => r.GLOBALEVENTID)).size).toBe(rows.length);
    const summit = rows[all.indexOf(event("KEN-TZA"))];
    expect(summit).toMatchObject({ SQLDATE: "20250310", ActionGeo_FullName: "Arusha" });
    expect(rows[all.indexOf(event("ETH-SDN"))]?.SQLDATE).toBe("20241001");
  });

  it("mentions --format gdelt: 16 GDELT 2.0 Mentions columns, each of a listed event", async () => {
    const [events, mentions] = await Promise.all([
      dyadAsync(["events", "--db", db, "--format", "gdelt"]),
      dyadAsync(["mentions", "--db", db, "--format", "gdelt"]),
    ]);
    const columns = gdeltColumns("mentions-columns.txt");
    expect(columns).toHaveLength(16);
    const rows = tsvRows(ok(mentions), columns);
    expect(rows).toHaveLength(14);
    const eventRows = tsvRows(ok(events), gdeltColumns("events-columns.txt"));
    const mentionsOf = new Map(eventRows.map((r) => [r.GLOBALEVENTID, Number(r.NumMentions)]));
    for (const row of rows) {
      expect(mentionsOf.has(row.GLOBALEVENTID)).toBe(true);
      expect(row.SentenceID).toMatch(/^[1-9]\d*$/);
      expect(row.ActionCharOffset).toMatch(/^\d+$/);
    }
    for (const [id, count] of mentionsOf) {
      expect(rows.filter((r) => r.GLOBALEVENTID === id)).toHaveLength(count);
    }
    const outlets = new Set(rows.map((r) => r.MentionSourceName));
    expect([...outlets].sort()).toEqual(["", "Coast Observer", "Lake Herald"]);
  });

  it("mentions: one JSON line per mention, with its event, article, outlet and text", async () => {
    const [every, filtered] = await Promise.all([
      dyadAsync(["mentions", "--db", db]),
      dyadAsync(["mentions", "--db", db, "--dyad", "KEN-TZA"]),
    ]);
    const records = jsonLines(ok(every)) as unknown as Array<{
      event: string;
      article: string;
      outlet: string | null;
      mention: { start: number; end: number; text: string; cameo: string; rules: string[] };
    }>;
    expect(records).toHaveLength(14);
    for (const record of records) {
      const article = articles.get(record.article);
      expect(all.some((e) => e.id === record.event)).toBe(true);
      expect(record.outlet).toBe(article?.outlet);
      expect(article?.text.slice(record.mention.start, record.mention.end)).toBe(
        record.mention.text,
      );
      expect(record.mention.rules.length).toBeGreaterThan(0);
    }
    const summit = jsonLines(ok(filtered));
    expect(summit).toHaveLength(5);
    expect(new Set(summit.map((r) => r.event))).toEqual(new Set([event("KEN-TZA").id]));
  });
});

describe.concurrent("dyad explain", () => {
  it("shows the event, each sentence with its spans marked, and the rules", async () => {
    const summit = event("KEN-TZA");
    const out = ok(await dyadAsync(["explain", summit.id, "--db", db]));
    expect(out).toContain(`event ${summit.id}: ${summit.cameo}`);
    expect(out).toContain(`date ${SUMMIT_DAY}`);
    expect(out).toContain("Arusha");
    expect(out).toContain("5 mention(s) in 4 article(s) from 3 source(s)");
    expect(out).toContain("[William Ruto] {met}");
    const lines = out.split("\n");
    const unmark = (line: string) => line.trim().replace(/[[\]{}<>()@]/g, "");
    const sentences = lines.filter((line) => /\{.+\}/.test(line));
    expect(sentences).toHaveLength(summit.num_mentions);
    expect(sentences.map(unmark).sort()).toEqual(summit.mentions.map((m) => m.text).sort());
    for (const line of sentences) expect(line).toMatch(/\[[^\]]+\]/);
    const rules = lines.filter((line) => line.startsWith("  rules: "));
    expect(rules).toHaveLength(summit.num_mentions);
    summit.mentions.forEach((m, i) => expect(rules[i]).toContain(m.rule));
  });

  it("refuses an unknown id with one line and status 1", async () => {
    const result = await dyadAsync(["explain", "0123456789abcdef", "--db", db]);
    expectUsageError(result);
    expect(result.stderr).toContain("0123456789abcdef");
  });
});

describe.concurrent("dyad code", () => {
  interface Coded {
    published: string | null;
    actors: Array<{ text: string; country: string | null; rules: string[] }>;
    events: Array<{
      cameo: string;
      date: string | null;
      source: Actor | null;
      target: Actor | null;
      rules: string[];
      trigger: { start: number; end: number };
    }>;
  }

  it("prints a text's actors and events as JSON, with the rules that fired", async () => {
    const text = "Ethiopia accused Eritrea of massing troops near the border on Thursday.";
    const out = ok(await dyadAsync(["code", text, "--date", "2024-11-08"]));
    const coded = JSON.parse(out) as Coded;
    expect(coded.published).toBe("2024-11-08");
    expect(coded.actors.map((a) => [a.text, a.country])).toEqual(
      expect.arrayContaining([
        ["Ethiopia", "ETH"],
        ["Eritrea", "ERI"],
      ]),
    );
    expect(coded.events).toHaveLength(1);
    const [accusation] = coded.events;
    expect(accusation?.cameo.slice(0, 2)).toBe("11");
    expect([accusation?.source?.country, accusation?.target?.country]).toEqual(["ETH", "ERI"]);
    expect(accusation?.date).toBe("2024-11-07");
    expect(accusation?.rules.length).toBeGreaterThan(0);
    expect(text.slice(accusation?.trigger.start, accusation?.trigger.end)).toBe("accused");
  });

  it("reads - from stdin, taking the date line as the publication date", async () => {
    const input = readFileSync(WIRE, "utf8");
    const coded = JSON.parse(ok(await dyadAsync(["code", "-"], { input }))) as Coded;
    expect(coded.published).toBe("2025-03-14");
    const meetings = coded.events.filter((e) => e.cameo.startsWith("04"));
    expect(meetings.map((e) => `${e.source?.country}-${e.target?.country}`).sort()).toEqual([
      "KEN-TZA",
      "TZA-KEN",
    ]);
    for (const e of meetings) expect(e.date).toBe(SUMMIT_DAY);
  });

  it("refuses a bad --date with one line and status 1", async () => {
    const results = await Promise.all([
      dyadAsync(["code", "Kenya met Tanzania.", "--date", "2024-02-30"]),
      dyadAsync(["code", "Kenya met Tanzania.", "--date", "yesterday"]),
    ]);
    for (const result of results) {
      expectUsageError(result);
      expect(result.stderr).toContain("--date");
    }
  });
});
