/** The order of dyad's per-article stages: the one place it is written down. */

import { loadLexicon } from "../actors/bundled-lexicon.js";
import type { Lexicon } from "../actors/lexicon.js";
import { actorMentionsStage } from "../actors/mentions-stage.js";
import { eventsStage } from "../events/events-stage.js";
import { figuresStage } from "../figures/figures-stage.js";
import { quotesStage } from "../quotes/quotes-stage.js";
import { loadVerbDictionary, type VerbDictionary } from "../events/verb-dictionary.js";
import { normaliseStage } from "../ingest/normalise.js";
import { languageStage } from "../nlp/language.js";
import { segmentStage } from "../nlp/segment-stage.js";
import {
  buildPipeline,
  type ConfiguredStage,
  configured,
  type Pipeline,
  type PipelineOptions,
} from "./pipeline.js";

/** normalise → segment → language → actor mentions: every stage before events. */
function stagesThroughActors(lexicon: Lexicon): ConfiguredStage[] {
  return [
    configured(normaliseStage),
    configured(segmentStage),
    configured(languageStage),
    configured(actorMentionsStage, { lexicon }),
  ];
}

/**
 * read (a reader per format) → normalise → segment → language → actor mentions → events →
 * quotes → figures. English-only stages go after `language`.
 * @example defaultPipeline(loadLexicon(["my-dictionary.txt"]))
 */
export function defaultPipeline(
  lexicon: Lexicon = loadLexicon([]),
  verbs: VerbDictionary = loadVerbDictionary([]),
  options: PipelineOptions = {},
): Pipeline {
  return buildPipeline(
    [
      ...stagesThroughActors(lexicon),
      configured(eventsStage, { verbs }),
      configured(quotesStage),
      configured(figuresStage),
    ],
    options,
  );
}

/**
 * The default pipeline up to and including actor mentions, without events (nor their verb
 * dictionary): what the benchmark measures against the actor stage's own throughput target.
 * @example ingestPaths(["examples"], { store, pipeline: actorsPipeline() })
 */
export function actorsPipeline(
  lexicon: Lexicon = loadLexicon([]),
  options: PipelineOptions = {},
): Pipeline {
  return buildPipeline(stagesThroughActors(lexicon), options);
}
