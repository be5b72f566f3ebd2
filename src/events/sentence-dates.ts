/**
 * The date mentions of a sentence, found once per article and shared by the stages that date
 * things in it (events, figures): chrono's fixed cost per call is most of what dating costs, so
 * a sentence is given to it once, not once per stage.
 */

import type { Document, Sentence } from "../model/index.js";
import { type DateMention, findDates } from "./dates.js";

/** Keyed by the article's sentence list, which every later stage's document shares. */
const found = new WeakMap<readonly Sentence[], Map<string, DateMention[]>>();

/**
 * `findDates` over the whole sentence, relative to the article's publication day.
 * @example sentenceDates(document, sentence).map((d) => d.date) // ["2024-08-19"]
 */
export function sentenceDates(document: Document, sentence: Sentence): DateMention[] {
  const published = document.meta.published;
  const sentences = document.sentences;
  if (!sentences) return findDates(document.text, sentence, published);
  let bySentence = found.get(sentences);
  if (!bySentence) {
    bySentence = new Map();
    found.set(sentences, bySentence);
  }
  // An article re-coded with a publication date inferred from its story dates anew.
  const key = `${sentence.index}|${published ?? ""}`;
  let dates = bySentence.get(key);
  if (!dates) {
    dates = findDates(document.text, sentence, published);
    bySentence.set(key, dates);
  }
  return dates;
}
