/** Acronyms an article defines — "Communist Party of Vietnam (CPV)" — name the same actor later. */

import type { ActorMention, Document } from "../model/index.js";
import type { Lexicon } from "./lexicon.js";
import { codePhrase } from "./phrase.js";

const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;
const CONNECTORS = new Set(["of", "the", "and", "for", "on", "de"]);

interface Definition {
  readonly name: string;
  readonly code: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly rules: readonly string[];
}

/**
 * Finds "Capitalised Name (ACRONYM)" definitions, codes the name with the dictionaries, and marks
 * every later use of the acronym (and the definition's own name span) as that organisation.
 * @example acronymMentions(document, mentions, lexicon) // [{ text: "CPV", code: "VNM", ... }]
 */
export function acronymMentions(
  document: Document,
  mentions: readonly ActorMention[],
  lexicon: Lexicon,
): ActorMention[] {
  const { text } = document;
  const tokens = document.tokens ?? [];
  const word = (i: number) => {
    const token = tokens[i];
    return token ? text.slice(token.start, token.end) : "";
  };
  const definitions = new Map<string, Definition>();
  const found: ActorMention[] = [];
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);

  for (const sentence of document.sentences ?? []) {
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = tokens[t];
      // Acronyms are 2-8 capitals: test the length and first letter before slicing (hot loop).
      if (!token || token.end - token.start < 2 || token.end - token.start > 8) continue;
      const c = text.charCodeAt(token.start);
      if (c < 65 || c > 90) continue;
      const acronym = word(t);
      if (!ACRONYM.test(acronym)) continue;
      if (word(t - 1) === "(" && word(t + 1) === ")" && !definitions.has(acronym)) {
        const nameStart = definitionStart(t - 1, sentence.firstToken, word);
        const first = tokens[nameStart];
        const last = tokens[t - 2];
        if (first && last && nameStart < t - 1) {
          const name = text.slice(first.start, last.end);
          const coded = codePhrase(lexicon, name, document.meta.published);
          definitions.set(acronym, {
            name,
            code: coded.code,
            country: coded.country,
            sector: coded.sector,
            rules: [...coded.rules, "acronym:defined-in-text"],
          });
        }
      }
      const definition = definitions.get(acronym);
      if (!definition || covered[token.start] === 1) continue;
      found.push({
        kind: "actor-mention",
        sentence: sentence.index,
        start: token.start,
        end: token.end,
        text: acronym,
        type: "organisation",
        name: definition.name,
        code: definition.code,
        country: definition.country,
        sector: definition.sector,
        rules: definition.rules,
      });
    }
  }
  return found;
}

/** Walks back from "(" over capitalised words and connectors ("of", "the") to the name's start. */
function definitionStart(paren: number, floor: number, word: (i: number) => string): number {
  let start = paren;
  for (let i = paren - 1; i >= floor; i--) {
    const w = word(i);
    if (/^\p{Lu}/u.test(w)) start = i;
    else if (!CONNECTORS.has(w)) break;
  }
  // "The Communist Party of Vietnam (CPV)": the article is not part of the name.
  while (start < paren - 1 && CONNECTORS.has(word(start).toLowerCase())) start++;
  return start;
}
