/** The figures stage: the quantity claims of each English article, with unit, measure and period. */

import type { StageDefinition } from "../pipeline/stage.js";
import { createFigureFinder } from "./find-figures.js";
import { type FigureVocabulary, loadFigureVocabulary } from "./vocabulary.js";

export interface FiguresConfig {
  /** Word lists to read figures with; data/figures/ when not given. */
  readonly vocabulary?: FigureVocabulary;
}

/**
 * @example buildPipeline([...earlierStages, configured(figuresStage)])
 */
export const figuresStage: StageDefinition<FiguresConfig | undefined> = {
  name: "figures",
  requires: ["text", "meta", "sentences", "tokens"],
  assigns: ["figures"],
  englishOnly: true,
  create: (config) => {
    const finder = createFigureFinder(config?.vocabulary ?? loadFigureVocabulary());
    return (document) => ({ ...document, figures: finder.find(document) });
  },
};
