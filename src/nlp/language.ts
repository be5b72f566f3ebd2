/** The language stage: declared language wins; else English by function-word share, else franc. */

import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import { type Diagnostic, type Document, diagnostic, type Language } from "../model/index.js";
import type { StageDefinition } from "../pipeline/stage.js";
import { loadWordList } from "../word-lists.js";

/**
 * English news runs at 35–45% function words, a terse headline-like sentence at 10–20%; French or
 * Spanish text shares under 5% of ours ("a", "on", "no").
 */
const ENGLISH_SHARE = 0.1;
const MIN_WORDS = 8;
const SHORT_TEXT = 40;
/** franc reads trigram statistics; 1,000 characters decide reliably and keep it cheap. */
const FRANC_CHARS = 1000;
/** The share is stable long before the end of an article; counting further only costs time. */
const SAMPLE_WORDS = 300;

export interface LanguageConfig {
  readonly englishWords: ReadonlySet<string>;
}

/**
 * Marks each article's language so English-only stages can skip others (stored, flagged, skipped).
 * Counting English function words is ~100× cheaper than trigram identification and settles almost
 * every English article; franc names the language of the rest.
 */
export const languageStage: StageDefinition<LanguageConfig | undefined> = {
  name: "language",
  requires: ["text", "meta", "tokens"],
  assigns: ["language"],
  create: (config) => {
    const englishWords = config?.englishWords ?? loadEnglishFunctionWords();
    return (document) => withLanguage(document, englishWords);
  },
};

export function loadEnglishFunctionWords(): ReadonlySet<string> {
  return loadWordList("english-function-words.txt");
}

function withLanguage(document: Document, englishWords: ReadonlySet<string>): Document {
  const declared = document.meta.declaredLanguage;
  if (declared) {
    const primary = declared.toLowerCase().split(/[-_]/)[0];
    const english = primary === "en" || primary === "english";
    const language: Language = { code: declared, source: "declared", english };
    return finish(document, language);
  }
  const { words, english } = countWords(document, englishWords);
  // Trigram statistics misread a terse sentence ("Israeli warplanes struck targets near Damascus
  // on Monday, Syrian state media reported." came out Hausa): below SHORT_TEXT words, any English
  // function word decides.
  const shortEnglish = words < SHORT_TEXT && english > 0;
  if (shortEnglish || (words >= MIN_WORDS && english / words >= ENGLISH_SHARE)) {
    return finish(document, { code: "en", source: "detected", english: true });
  }
  const guess = words < MIN_WORDS ? "und" : franc(document.text.slice(0, FRANC_CHARS));
  if (guess === "und") {
    const note = diagnostic(
      "language/undetermined",
      "info",
      "language could not be determined (text too short); treated as English",
      { source: "language" },
    );
    return finish(document, { code: "und", source: "detected", english: true }, note);
  }
  const code = iso6393To1[guess] ?? guess;
  return finish(document, { code, source: "detected", english: code === "en" });
}

function finish(document: Document, language: Language, note?: Diagnostic): Document {
  const notes = note ? [note] : [];
  if (!language.english) {
    notes.push(
      diagnostic(
        "language/not-english",
        "info",
        `article language is "${language.code}"; stored, and skipped by English-only stages`,
        { source: "language" },
      ),
    );
  }
  const diagnostics = notes.length ? [...document.diagnostics, ...notes] : document.diagnostics;
  return { ...document, language, diagnostics };
}

function countWords(document: Document, englishWords: ReadonlySet<string>) {
  let words = 0;
  let english = 0;
  for (const token of document.tokens ?? []) {
    if (words >= SAMPLE_WORDS) break;
    const first = document.text.charCodeAt(token.start);
    const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first > 127;
    if (!isLetter) continue;
    words++;
    if (englishWords.has(document.text.slice(token.start, token.end).toLowerCase())) english++;
  }
  return { words, english };
}
