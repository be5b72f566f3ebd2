/** Loads the bundled dictionaries plus the user's --dict files, reporting bad lines as the contract asks. */

import { buildLexicon, type DictionarySource } from "./build-lexicon.js";
import { loadBundledDictionaries, loadCorrections } from "./dictionary/load.js";
import { loadDictionaryFile } from "./dictionary/dyad-format.js";
import type { Lexicon } from "./lexicon.js";
import { UserError } from "../model/index.js";

/**
 * A malformed entry in a user's dictionary stops the command with `dyad: FILE:LINE: reason`:
 * coding with half a dictionary would silently change what gets coded.
 */
export function loadLexicon(dictFiles: readonly string[]): Lexicon {
  const bundled = loadBundledDictionaries();
  const sources: DictionarySource[] = [
    { entries: bundled.countries },
    { entries: bundled.agents },
    { entries: bundled.people, actorType: "person" },
    { entries: bundled.organisations, actorType: "organisation" },
    { entries: loadCorrections(), overrides: true },
  ];
  for (const file of dictFiles) {
    const parsed = loadDictionaryFile(file);
    const [first] = parsed.diagnostics;
    if (first) throw new UserError(`${file}:${first.line}`, first.reason);
    sources.push({ entries: parsed.entries, overrides: true });
  }
  return buildLexicon(sources);
}
