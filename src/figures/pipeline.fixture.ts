/** The real pipeline up to segmentation, then the figures stage: what the figure tests run. */

import { normaliseStage } from "../ingest/normalise.js";
import { EMPTY_META, type FigureMention, newDocument } from "../model/index.js";
import { languageStage } from "../nlp/language.js";
import { segmentStage } from "../nlp/segment-stage.js";
import { buildPipeline, configured } from "../pipeline/pipeline.js";
import { figuresStage } from "./figures-stage.js";

const pipeline = buildPipeline([
  configured(normaliseStage),
  configured(segmentStage),
  configured(languageStage),
  configured(figuresStage),
]);

/**
 * The figures of `text` read as an English article published on `published`.
 * @example figuresOf("Exports rose 5 percent.")[0]?.change // "increase"
 */
export function figuresOf(text: string, published: string | null = "2024-08-20"): FigureMention[] {
  const document = pipeline.run(
    newDocument({ path: "t.txt", format: "text" }, text, {
      ...EMPTY_META,
      published,
      declaredLanguage: "en",
    }),
  );
  for (const figure of document.figures ?? []) {
    // Every span must be the text it claims, in this article.
    if (document.text.slice(figure.start, figure.end) !== figure.text) {
      throw new Error(`span ${figure.start}-${figure.end} is not "${figure.text}"`);
    }
  }
  return [...(document.figures ?? [])];
}
