/** A mention found in one sentence, by word range, before it gets its character span. */

import type { ActorMention } from "../model/index.js";

export interface Coded {
  readonly startWord: number;
  readonly endWord: number;
  /** `name` is null when the mention's own text is its name. */
  readonly coded: Pick<ActorMention, "type" | "code" | "country" | "sector" | "rules"> & {
    readonly name: string | null;
  };
}
