import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../model/index.js";
import { loadDictionaryFile, parseDyadDictionary, sniffDictionaryFormat } from "./dyad-format.js";

const KINAKUTA =
  '{"kind":"country","code":"KNT","names":["Kinakuta"],"adjectives":["Kinakutan"],"capitals":["Port Vell"],"source":"test"}';
const ORLEV =
  '{"kind":"actor","name":"Tomas Orlev","phrases":["Tomas  Orlev","president orlev"],"codes":[{"code":"KNTGOV","from":"2010-01-01","to":null}]}';
const PILOT = '{"kind":"agent","phrases":["harbor pilot","harbor pilots"],"sector":"BUS"}';

describe("parseDyadDictionary", () => {
  it("reads the three kinds of entry, lower-casing phrases and filling in a missing source", () => {
    const text = ["# my dictionary", KINAKUTA, "", ORLEV, PILOT].join("\n");
    expect(parseDyadDictionary(text, "my.jsonl")).toEqual({
      entries: [
        {
          kind: "country",
          code: "KNT",
          names: ["Kinakuta"],
          adjectives: ["Kinakutan"],
          capitals: ["Port Vell"],
          source: "test",
        },
        {
          kind: "actor",
          name: "Tomas Orlev",
          phrases: ["tomas orlev", "president orlev"],
          codes: [{ code: "KNTGOV", from: "2010-01-01", to: null }],
          source: "my.jsonl:4",
        },
        {
          kind: "agent",
          phrases: ["harbor pilot", "harbor pilots"],
          sector: "BUS",
          source: "my.jsonl:5",
        },
      ],
      diagnostics: [],
    });
  });

  it("gives one diagnostic per bad line, with its number, and keeps the good lines", () => {
    const lines = [
      "{not json", // 1
      "[1, 2]", // 2
      '{"kind":"person","name":"X"}', // 3
      '{"kind":"agent","phrase":["pilot"],"sector":"BUS"}', // 4
      '{"kind":"agent","phrases":[],"sector":"BUS"}', // 5
      '{"kind":"agent","phrases":["pilot"],"sector":"bus"}', // 6
      '{"kind":"actor","name":"","phrases":["x"],"codes":[{"code":"KNT"}]}', // 7
      '{"kind":"actor","name":"X","phrases":["x"],"codes":[]}', // 8
      '{"kind":"actor","name":"X","phrases":["x"],"codes":[{"code":"KNT","from":"2023-02-30"}]}', // 9
      '{"kind":"actor","name":"X","phrases":["x"],"codes":[{"code":"KNT","from":"2020-01-01","to":"2019-01-01"}]}', // 10
      '{"kind":"country","code":"KN","names":["Kinakuta"]}', // 11
      '{"kind":"country","code":"KNT","names":[]}', // 12
      PILOT, // 13
    ];
    const { entries, diagnostics } = parseDyadDictionary(lines.join("\n"), "f.jsonl");
    expect(entries.map((e) => e.source)).toEqual(["f.jsonl:13"]);
    expect(diagnostics).toEqual([
      { line: 1, reason: "not valid JSON; line skipped" },
      { line: 2, reason: "not a JSON object; line skipped" },
      { line: 3, reason: 'kind must be "actor", "agent" or "country"; line skipped' },
      { line: 4, reason: 'unknown field "phrase" for kind "agent"; line skipped' },
      { line: 5, reason: "phrases must be a non-empty array of non-empty strings; line skipped" },
      {
        line: 6,
        reason: 'sector must be an upper-case code such as "GOV" or "GOVAGR"; line skipped',
      },
      { line: 7, reason: "name must be a non-empty string; line skipped" },
      { line: 8, reason: "codes must be a non-empty array of {code, from, to}; line skipped" },
      { line: 9, reason: 'from of KNT must be "YYYY-MM-DD" or null; line skipped' },
      { line: 10, reason: "KNT ends (2019-01-01) before it starts (2020-01-01); line skipped" },
      { line: 11, reason: 'code must be three upper-case letters such as "VNM"; line skipped' },
      { line: 12, reason: "names must be a non-empty array of non-empty strings; line skipped" },
    ]);
  });
});

describe("sniffDictionaryFormat", () => {
  it("uses the extension for dyad's format and the code style for PETRARCH files", () => {
    expect(sniffDictionaryFormat("mine.JSONL", "ENVOY [~GOV]")).toBe("dyad");
    expect(sniffDictionaryFormat("mine.agents", "ENVOY [~GOV]\n")).toBe("petrarch-agents");
    expect(sniffDictionaryFormat("mine.txt", "MONITOR [IGO~]\n")).toBe("petrarch-agents");
    expect(sniffDictionaryFormat("mine.actors", "KINAKUTA_ [KNT]\n")).toBe("petrarch-actors");
  });
});

describe("loadDictionaryFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-dict-"));
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("reads each format with its parser", () => {
    const actors = write("k.actors", "KINAKUTA_ [KNT]\n+KINAKUTAN_\n");
    expect(loadDictionaryFile(actors)).toEqual({
      format: "petrarch-actors",
      entries: [
        {
          kind: "actor",
          name: "Kinakuta",
          phrases: ["kinakuta", "kinakutan"],
          codes: [{ code: "KNT", from: null, to: null }],
          source: `${actors}:1`,
        },
      ],
      diagnostics: [],
    });
    const agents = write("k.agents", "HARBOR_PILOT [~BUS]\nLOOSE_LINE\n");
    expect(loadDictionaryFile(agents)).toEqual({
      format: "petrarch-agents",
      entries: [
        {
          kind: "agent",
          phrases: ["harbor pilot", "harbor pilots"],
          sector: "BUS",
          source: `${agents}:1`,
        },
      ],
      diagnostics: [{ line: 2, reason: "agent line has no [~CODE]; skipped" }],
    });
    const mine = write("k.jsonl", `${PILOT}\n`);
    expect(loadDictionaryFile(mine).format).toBe("dyad");
    expect(loadDictionaryFile(mine).entries).toHaveLength(1);
  });

  it("refuses a missing file with a UserError naming it", () => {
    const missing = join(dir, "nope.actors");
    expect(() => loadDictionaryFile(missing)).toThrow(UserError);
    expect(() => loadDictionaryFile(missing)).toThrow(`${missing}: no such file`);
  });
});
