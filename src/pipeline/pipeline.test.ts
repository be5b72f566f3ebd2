import { describe, expect, it } from "vitest";
import { EMPTY_META, newDocument } from "../model/index.js";
import { PipelineError } from "./errors.js";
import { buildPipeline, configured } from "./pipeline.js";
import type { StageDefinition } from "./stage.js";

const doc = newDocument({ path: "a.txt", format: "text" }, "Some text.", EMPTY_META);

const upper: StageDefinition = {
  name: "upper",
  requires: ["text"],
  assigns: ["text"],
  create: () => (d) => ({ ...d, text: d.text.toUpperCase() }),
};
const tokens: StageDefinition = {
  name: "tokens",
  requires: ["text"],
  assigns: ["tokens"],
  create: () => (d) => ({ ...d, tokens: [{ kind: "token", start: 0, end: d.text.length }] }),
};
const needsTokens: StageDefinition = {
  name: "needs-tokens",
  requires: ["tokens"],
  assigns: ["id"],
  create: () => (d) => ({ ...d, id: `n${d.tokens?.length}` }),
};
const language: StageDefinition<{ english: boolean }> = {
  name: "language",
  requires: ["text"],
  assigns: ["language"],
  create: (config) => (d) => ({
    ...d,
    language: { code: config.english ? "en" : "fr", source: "detected", english: config.english },
  }),
};
const englishOnly: StageDefinition = {
  name: "english-only",
  requires: ["text"],
  assigns: ["id"],
  englishOnly: true,
  create: () => (d) => ({ ...d, id: "ran" }),
};

describe("buildPipeline", () => {
  it("runs stages in order, each seeing the previous result", () => {
    const pipeline = buildPipeline([
      configured(upper),
      configured(tokens),
      configured(needsTokens),
    ]);
    const result = pipeline.run(doc);
    expect(result.text).toBe("SOME TEXT.");
    expect(result.id).toBe("n1");
    expect(pipeline.stageNames).toEqual(["upper", "tokens", "needs-tokens"]);
  });

  it("refuses at build time a stage whose requirement nothing assigns earlier", () => {
    expect(() => buildPipeline([configured(needsTokens), configured(tokens)])).toThrow(
      PipelineError,
    );
    expect(() => buildPipeline([configured(needsTokens)])).toThrow(/E001.*needs-tokens.*tokens/);
  });

  it("refuses two stages with the same name", () => {
    expect(() => buildPipeline([configured(upper), configured(upper)])).toThrow(/E002/);
  });

  it("refuses an English-only stage before the language stage", () => {
    expect(() => buildPipeline([configured(englishOnly)])).toThrow(/E004/);
  });

  it("catches a stage that changes a field it does not assign", () => {
    const sneaky: StageDefinition = {
      name: "sneaky",
      requires: ["text"],
      assigns: ["tokens"],
      create: () => (d) => ({ ...d, text: "changed" }),
    };
    expect(() => buildPipeline([configured(sneaky)]).run(doc)).toThrow(/E003.*sneaky.*text/);
  });

  it("skips English-only stages for other languages and says so in an info diagnostic", () => {
    const french = buildPipeline([
      configured(language, { english: false }),
      configured(englishOnly),
    ]);
    const result = french.run(doc);
    expect(result.id).toBe("");
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "pipeline/skipped-non-english",
        severity: "info",
        source: "english-only",
      }),
    ]);
    const english = buildPipeline([
      configured(language, { english: true }),
      configured(englishOnly),
    ]);
    expect(english.run(doc).id).toBe("ran");
  });

  it("passes each stage its configuration once, at build time", () => {
    let created = 0;
    const counted: StageDefinition = {
      name: "counted",
      requires: [],
      assigns: [],
      create: () => {
        created++;
        return (d) => d;
      },
    };
    const pipeline = buildPipeline([configured(counted)]);
    pipeline.run(doc);
    pipeline.run(doc);
    expect(created).toBe(1);
  });

  it("tells onStage each stage's name and time, and runs the stages as without it", () => {
    const seen: string[] = [];
    const timed = buildPipeline([configured(upper), configured(tokens)], {
      onStage: (name, ms) => {
        expect(ms).toBeGreaterThanOrEqual(0);
        seen.push(name);
      },
    });
    const plain = buildPipeline([configured(upper), configured(tokens)]);
    expect(timed.run(doc)).toEqual(plain.run(doc));
    expect(seen).toEqual(["upper", "tokens"]);
  });

  it("keeps documents JSON round-trippable", () => {
    const pipeline = buildPipeline([configured(tokens), configured(language, { english: true })]);
    const result = pipeline.run(doc);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
