/** The events stage: codes each English article's events from its sentences and actor mentions. */

import type { StageDefinition } from "../pipeline/stage.js";
import { createEventCoder } from "./coder.js";
import type { VerbDictionary } from "./verb-dictionary.js";

export interface EventsConfig {
  readonly verbs: VerbDictionary;
}

export const eventsStage: StageDefinition<EventsConfig> = {
  name: "events",
  requires: ["text", "meta", "sentences", "tokens", "actorMentions"],
  assigns: ["events"],
  englishOnly: true,
  create: (config) => {
    const coder = createEventCoder(config.verbs);
    return (document) => ({ ...document, events: coder.code(document) });
  },
};
