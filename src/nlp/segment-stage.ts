/** The segment stage: paragraphs, sentences and tokens with exact offsets into the normalised text. */

import type { StageDefinition } from "../pipeline/stage.js";
import { type AbbreviationSet, loadAbbreviations, segment } from "./segment.js";

export interface SegmentConfig {
  readonly abbreviations: AbbreviationSet;
}

export const segmentStage: StageDefinition<SegmentConfig | undefined> = {
  name: "segment",
  requires: ["text"],
  assigns: ["paragraphs", "sentences", "tokens"],
  create: (config) => {
    const abbreviations = config?.abbreviations ?? loadAbbreviations();
    return (document) => ({ ...document, ...segment(document.text, abbreviations) });
  },
};
