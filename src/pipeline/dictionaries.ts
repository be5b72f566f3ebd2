/** Sorts users' --dict files into actor/agent dictionaries and verb dictionaries, and loads both. */

import { readFileSync } from "node:fs";
import { loadLexicon } from "../actors/bundled-lexicon.js";
import type { Lexicon } from "../actors/lexicon.js";
import { loadVerbDictionary, type VerbDictionary } from "../events/verb-dictionary.js";
import { UserError } from "../model/index.js";

export interface Dictionaries {
  readonly lexicon: Lexicon;
  readonly verbs: VerbDictionary;
}

/**
 * A verb dictionary is dyad's verb JSONL (lines with a "block"); everything else goes to the
 * actor loader, which knows dyad's actor JSONL and the TABARI/PETRARCH actor and agent formats.
 */
export function loadDictionaries(files: readonly string[]): Dictionaries {
  const verbFiles = files.filter(isVerbDictionary);
  const actorFiles = files.filter((file) => !verbFiles.includes(file));
  return { lexicon: loadLexicon(actorFiles), verbs: loadVerbDictionary(verbFiles) };
}

function isVerbDictionary(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      file,
      code === "ENOENT" ? "no such dictionary file" : `cannot read (${code})`,
    );
  }
  const first = text.split(/\r?\n/).find((line) => line.trim() !== "" && !line.startsWith("#"));
  return first !== undefined && /^\s*\{\s*"block"\s*:/.test(first);
}
