import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UserError } from "../model/index.js";
import {
  bareCode,
  bareReverse,
  loadVerbDictionary,
  NO_EVENT,
  parseSynonyms,
  parseVerbLines,
  type PatternElement,
  type VerbBlock,
  type VerbDictionary,
  validateBundledVerbs,
} from "./verb-dictionary.js";

const FIXTURES = "test/fixtures/verbs";
const SYNONYMS_FILE = `${FIXTURES}/synonyms.json`;
const synonyms = parseSynonyms(readFileSync(SYNONYMS_FILE, "utf8"), SYNONYMS_FILE);

function blockNamed(dictionary: VerbDictionary, name: string): VerbBlock {
  const block = dictionary.blocks.find((b) => b.block === name);
  if (!block) throw new Error(`no block ${name}`);
  return block;
}

/** Every form of the bundled dictionary, as space-joined words. */
function allForms(dictionary: VerbDictionary): Set<string> {
  return new Set(
    dictionary.blocks.flatMap((b) => b.verbs.flatMap((v) => v.forms.map((f) => f.join(" ")))),
  );
}

function synonymRefs(elements: readonly PatternElement[]): string[] {
  return elements.flatMap((e) => {
    if (typeof e === "string") return e.startsWith("@") ? [e.slice(1)] : [];
    return synonymRefs("seq" in e ? e.seq : e.pp);
  });
}

describe("parseSynonyms", () => {
  it("reads sets of phrases by name", () => {
    expect(synonyms.get("detention")).toContainEqual(["concentration", "camp"]);
    expect(synonyms.get("military")).toContainEqual(["troops"]);
  });

  it("names the file and line of a bad set", () => {
    const text = '{\n  "car": [["car"]],\n  "boat": [["Boat"]]\n}\n';
    expect(() => parseSynonyms(text, "s.json")).toThrow(
      's.json:3: set "boat": a phrase must be a non-empty array of lower-case words',
    );
    expect(() => parseSynonyms("[]", "s.json")).toThrow("s.json: must be a JSON object");
  });
});

describe("parseVerbLines", () => {
  const file = `${FIXTURES}/small.verbs.jsonl`;
  const lines = parseVerbLines(readFileSync(file, "utf8"), file, synonyms);

  it("reads block lines, skipping blanks and comments", () => {
    expect(lines.map((l) => l.block)).toEqual(["MEET_PEOPLE", "CONFINE"]);
    expect(lines[0]?.code).toEqual({ code: "040", reverse: null });
    expect(lines[0]?.where).toBe(`${file}:2`);
  });

  it("reads verbs with their forms and own codes", () => {
    const [meet, meetWith] = lines[0]?.verbs ?? [];
    expect(meet).toEqual({
      words: ["meet"],
      forms: [["meet"], ["meets"], ["met"], ["meeting"]],
      code: null,
      reverse: null,
    });
    expect(meetWith?.forms).toContainEqual(["met", "with"]);
    expect(lines[1]?.verbs.map((v) => v.code)).toEqual([NO_EVENT, "173"]);
  });

  it("reads patterns: elements, code, reverse code, line and source", () => {
    const [byPhone, stateVisit] = lines[0]?.patterns ?? [];
    expect(byPhone).toEqual({
      pre: [],
      post: [{ pp: ["by", "telephone"] }],
      code: "041",
      reverse: "041",
      line: 5446,
      source: `${file}:2`,
    });
    // No "line" in the file: the pattern's own line in the .jsonl file.
    expect(stateVisit).toMatchObject({
      pre: ["$"],
      post: [{ seq: ["state", "visit"] }, { pp: ["to", "+"] }],
      code: "042",
      reverse: "043",
      line: 2,
    });
    expect(lines[1]?.patterns[1]).toMatchObject({
      pre: ["@military"],
      post: ["^", "+"],
      code: null,
    });
  });

  it("stops at the first bad line with its file, line and what is wrong", () => {
    const good = '{"block":"B","code":null,"verbs":[{"words":["go"],"forms":[["go"]]}]}';
    const cases: Array<[string, string]> = [
      ["{oops", "not valid JSON"],
      ['["B"]', "not a JSON object"],
      ['{"block":"B","verb":[]}', 'unknown field "verb" in a block line'],
      ['{"block":"two words"}', "block must be a name without spaces"],
      ['{"block":"B","code":42}', 'code must be a CAMEO code such as "042", or null'],
      ['{"block":"B","code":"999"}', "code: 999 is not a CAMEO code"],
      ['{"block":"B","reverse":"043"}', "reverse needs a code beside it"],
      ['{"block":"B","verbs":[{"words":["Go"],"forms":[["Go"]]}]}', "verbs[0].words must be"],
      [
        '{"block":"B","verbs":[{"words":["go"],"forms":[["went"]]}]}',
        "must include the verb's own",
      ],
      ['{"block":"B","verbs":[{"words":["go"]}]}', "must include the verb's own words"],
      ['{"block":"B","patterns":[{"pre":[],"post":["x"]}]}', "patterns[0].code is required"],
      ['{"block":"B","patterns":[{"pre":[],"post":[],"code":null}]}', "has no elements"],
      ['{"block":"B","patterns":[{"post":["@cars"],"code":null}]}', 'no synonym set "cars"'],
      ['{"block":"B","patterns":[{"post":["two words"],"code":null}]}', "must be one lower-case"],
      ['{"block":"B","patterns":[{"post":[{"pp":["+"]}],"code":null}]}', "must start with its"],
      ['{"block":"B","patterns":[{"post":[{"seq":[]}],"code":null}]}', "must not be empty"],
      ['{"block":"B","patterns":[{"post":[{"or":["a"]}],"code":null}]}', 'must be {"seq"'],
      ['{"block":"B","patterns":[{"post":["x"],"code":null,"line":0}]}', "must be a positive"],
      [
        '{"block":"B","verbs":[{"words":["go"],"forms":[["go"]],"code":"---"}],"code":"---"}',
        "code",
      ],
    ];
    for (const [line, reason] of cases) {
      const parse = () => parseVerbLines(`${good}\n\n${line}\n`, "mine.jsonl", synonyms);
      expect(parse).toThrow(UserError);
      expect(parse).toThrow(`mine.jsonl:3: `);
      expect(parse).toThrow(reason);
    }
  });
});

describe("loadVerbDictionary", () => {
  const started = performance.now();
  const dictionary = loadVerbDictionary();
  const loadMs = performance.now() - started;

  it("ships a file that passes the full check, read the same by the fast reader", () => {
    expect(validateBundledVerbs()).toEqual([]);
  });

  it("loads the bundled dictionary once, in well under a second", () => {
    console.log(`verb dictionary: ${dictionary.blocks.length} blocks in ${loadMs.toFixed(1)} ms`);
    expect(loadVerbDictionary()).toBe(dictionary);
    expect(loadVerbDictionary([])).toBe(dictionary);
    expect(loadMs).toBeLessThan(1000);
  });

  it("has the regular and irregular forms news uses, British spellings included", () => {
    const forms = allForms(dictionary);
    for (const form of [
      "meet",
      "met",
      "meeting",
      "visit",
      "visited",
      "visiting",
      "sign",
      "signed",
      "accuse",
      "accused",
      "criticize",
      "criticized",
      "criticise",
      "criticised",
      "agreed",
      "agreeing",
      "referred",
      "committed",
      "planned",
      "stopped",
      "died",
      "dying",
      "hosted",
      "held",
      "brought out",
    ]) {
      expect(forms, form).toContain(form);
    }
    expect(forms).not.toContain("visitted");
    expect(forms).not.toContain("holded");
  });

  it("keeps block and verb codes, reverse codes and no-event verbs", () => {
    const visit = blockNamed(dictionary, "VISIT");
    expect(visit).toMatchObject({ code: "042", reverse: "043" });
    const confine = blockNamed(dictionary, "CONFINE");
    const hold = confine.verbs.find((v) => v.words.join(" ") === "hold");
    expect(confine.code).toBe("170");
    expect(hold?.code).toBe(NO_EVENT);
    expect(hold && bareCode(confine, hold)).toBeNull();
    expect(hold && bareReverse(confine, hold)).toBeNull();
    const host = blockNamed(dictionary, "HOST");
    expect(host.verbs[0] && bareCode(host, host.verbs[0])).toBe("043");
  });

  it("has patterns with source lines, and every synonym set they name", () => {
    const patterns = dictionary.blocks.flatMap((b) => b.patterns);
    expect(patterns.length).toBeGreaterThan(4000);
    // PETRARCH's patterns keep their line in CAMEO.2.0.txt; dyad's additions their file line.
    const fromPetrarch = patterns.filter((p) => p.source.startsWith("data/events/verbs.jsonl"));
    expect(fromPetrarch.length).toBeGreaterThan(4000);
    expect(fromPetrarch.every((p) => p.line > 700)).toBe(true);
    expect(patterns.every((p) => p.source.startsWith("data/events/"))).toBe(true);
    const refs = patterns.flatMap((p) => synonymRefs([...p.pre, ...p.post]));
    expect(refs.length).toBeGreaterThan(100);
    for (const name of refs) expect(dictionary.synonyms.has(name), name).toBe(true);
  });

  it("adds users' files: new blocks, and verbs and patterns for existing blocks", () => {
    const file = `${FIXTURES}/kinakuta.verbs.jsonl`;
    const extended = loadVerbDictionary([file]);
    const salute = blockNamed(extended, "SALUTE_KINAKUTA");
    expect(extended.blocks.at(-1)).toBe(salute);
    expect(extended.blocks).toHaveLength(dictionary.blocks.length + 1);
    // "hold" belongs to CONFINE, where it alone codes nothing: it does here too.
    const [saluteVerb, hold] = salute.verbs;
    expect(saluteVerb && bareCode(salute, saluteVerb)).toBe("051");
    expect(hold?.code).toBe(NO_EVENT);
    expect(hold && bareCode(salute, hold)).toBeNull();

    const meetPeople = blockNamed(extended, "MEET_PEOPLE");
    const meet = meetPeople.verbs.find((v) => v.words.join(" ") === "meet");
    expect(meet?.forms).toEqual([["meet"], ["meets"], ["met"], ["meeting"], ["meetin"]]);
    expect(meet?.code).toBe("043");
    expect(meetPeople.verbs.at(-1)?.words).toEqual(["meet", "up", "with"]);
    expect(meetPeople.patterns.at(-1)).toMatchObject({
      code: "044",
      line: 99,
      source: `${file}:3`,
    });
    expect(meetPeople.code).toBe("040");

    // The same elements as a bundled pattern: the user's replaces it.
    const forTalks = blockNamed(extended, "VISIT").patterns.filter(
      (p) => JSON.stringify(p.post) === '[{"pp":["for","talks"]}]',
    );
    expect(forTalks).toEqual([
      {
        pre: [],
        post: [{ pp: ["for", "talks"] }],
        code: "046",
        reverse: null,
        line: 4,
        source: `${file}:4`,
      },
    ]);

    // The bundled dictionary is left as it was.
    expect(loadVerbDictionary()).toBe(dictionary);
    expect(blockNamed(dictionary, "MEET_PEOPLE").verbs.some((v) => v.words[1] === "up")).toBe(
      false,
    );
  });

  it("reports a user's bad file as FILE:LINE: reason", () => {
    const noCode = `${FIXTURES}/new-block-without-code.verbs.jsonl`;
    expect(() => loadVerbDictionary([noCode])).toThrow(
      `${noCode}:3: block WAVE_AT is new: it needs a code (null for none)`,
    );
    const unknown = `${FIXTURES}/unknown-synonym.verbs.jsonl`;
    expect(() => loadVerbDictionary([unknown])).toThrow(
      `${unknown}:1: patterns[0].post[0]: no synonym set "flags"`,
    );
    expect(() => loadVerbDictionary([`${FIXTURES}/missing.jsonl`])).toThrow(
      new UserError(`${FIXTURES}/missing.jsonl`, "no such verb dictionary"),
    );
  });
});
