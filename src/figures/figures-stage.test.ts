import { describe, expect, it } from "vitest";
import { normaliseStage } from "../ingest/normalise.js";
import { EMPTY_META, newDocument } from "../model/index.js";
import { languageStage } from "../nlp/language.js";
import { segmentStage } from "../nlp/segment-stage.js";
import { buildPipeline, configured } from "../pipeline/pipeline.js";
import { figuresStage } from "./figures-stage.js";

function run(text: string, declaredLanguage: string | null) {
  const pipeline = buildPipeline([
    configured(normaliseStage),
    configured(segmentStage),
    configured(languageStage),
    configured(figuresStage),
  ]);
  return pipeline.run(
    newDocument({ path: "t.txt", format: "text" }, text, { ...EMPTY_META, declaredLanguage }),
  );
}

describe("figures stage", () => {
  it("declares what it reads and assigns", () => {
    expect(figuresStage).toMatchObject({
      name: "figures",
      requires: ["text", "meta", "sentences", "tokens"],
      assigns: ["figures"],
      englishOnly: true,
    });
  });

  it("assigns figures and changes nothing else", () => {
    const before = buildPipeline([
      configured(normaliseStage),
      configured(segmentStage),
      configured(languageStage),
    ]).run(newDocument({ path: "t.txt", format: "text" }, "Exports rose 5 percent.", EMPTY_META));
    const after = figuresStage.create(undefined)(before);
    const { figures, ...rest } = after;
    expect(rest).toEqual(before);
    expect(figures?.map((f) => f.text)).toEqual(["5 percent"]);
    expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
  });

  it("skips articles that are not English", () => {
    const document = run("Las exportaciones crecieron un 5 por ciento el año pasado.", "es");
    expect(document.figures).toBeUndefined();
  });

  it("finds no figure in a text without numbers", () => {
    expect(run("The ministers met in Hanoi.", "en").figures).toEqual([]);
  });
});
