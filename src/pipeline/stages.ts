/** The order of dyad's per-article stages: the one place it is written down. */

import { normaliseStage } from "../ingest/normalise.js";
import { languageStage } from "../nlp/language.js";
import { segmentStage } from "../nlp/segment-stage.js";
import { buildPipeline, configured, type Pipeline } from "./pipeline.js";

/**
 * read (a reader per format) → normalise → segment → language. Later stages (actors, events) are
 * appended here; English-only ones go after `language`.
 */
export function defaultPipeline(): Pipeline {
  return buildPipeline([
    configured(normaliseStage),
    configured(segmentStage),
    configured(languageStage),
  ]);
}
