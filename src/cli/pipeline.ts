/**
 * The coding pipeline for the commands that code text (ingest, demo, code), imported when one of
 * them runs: its NLP models and dictionaries took half a second to import, which every command,
 * `dyad events` or `dyad stats` included, paid at start-up.
 */

import type { Pipeline } from "../pipeline/pipeline.js";

export async function codingPipeline(dicts: readonly string[]): Promise<Pipeline> {
  const [{ loadDictionaries }, { defaultPipeline }] = await Promise.all([
    import("../pipeline/dictionaries.js"),
    import("../pipeline/stages.js"),
  ]);
  const { lexicon, verbs } = loadDictionaries(dicts);
  return defaultPipeline(lexicon, verbs);
}
