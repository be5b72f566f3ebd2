/** The order of dyad's per-article stages: the one place it is written down. */

import { loadLexicon } from "../actors/bundled-lexicon.js";
import type { Lexicon } from "../actors/lexicon.js";
import { actorMentionsStage } from "../actors/mentions-stage.js";
import { eventsStage } from "../events/events-stage.js";
import { loadVerbDictionary, type VerbDictionary } from "../events/verb-dictionary.js";
import { normaliseStage } from "../ingest/normalise.js";
import { languageStage } from "../nlp/language.js";
import { segmentStage } from "../nlp/segment-stage.js";
import { buildPipeline, configured, type Pipeline } from "./pipeline.js";

/**
 * read (a reader per format) → normalise → segment → language → actor mentions → events.
 * English-only stages go after `language`.
 * @example defaultPipeline(loadLexicon(["my-dictionary.txt"]))
 */
export function defaultPipeline(
  lexicon: Lexicon = loadLexicon([]),
  verbs: VerbDictionary = loadVerbDictionary([]),
): Pipeline {
  return buildPipeline([
    configured(normaliseStage),
    configured(segmentStage),
    configured(languageStage),
    configured(actorMentionsStage, { lexicon }),
    configured(eventsStage, { verbs }),
  ]);
}
