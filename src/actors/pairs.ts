/** "The two sides", "both leaders": a phrase that names the pair of actors the text is about. */

import type { ActorMention, ActorRef, Document } from "../model/index.js";
import { loadWordList } from "../word-lists.js";
import { foldWord } from "./words.js";

export type PairKind = "country" | "person";

export interface PairPhrase {
  readonly words: readonly string[];
  readonly kind: PairKind;
}

/** Reads data/actors/pair-phrases.txt: "phrase<TAB>kind" per line. */
export function loadPairPhrases(): PairPhrase[] {
  return [...loadWordList("actors/pair-phrases.txt")].map((line) => {
    const [phrase = "", kind = ""] = line.split("\t");
    if (kind !== "country" && kind !== "person") {
      throw new Error(`data/actors/pair-phrases.txt: "${line}" has no kind (country or person)`);
    }
    return { words: phrase.split(" "), kind };
  });
}

/**
 * Each pair phrase refers to the two most recent distinct countries (or people) mentioned before
 * it; with fewer than two, nothing is claimed. The mention lists both as `members`.
 * @example pairMentions(document, mentions, loadPairPhrases()) // [{ text: "the two sides", members: [CHN, VNM] }]
 */
export function pairMentions(
  document: Document,
  mentions: readonly ActorMention[],
  phrases: readonly PairPhrase[],
): ActorMention[] {
  const { text } = document;
  const tokens = document.tokens ?? [];
  const firstWords = new Set(phrases.map((p) => p.words[0]));
  const secondWords = new Set(phrases.map((p) => p.words[1]));
  const firstLetters = new Set([...firstWords].map((w) => w?.charCodeAt(0)));
  const word = (i: number) => {
    const token = tokens[i];
    return token ? foldWord(text.slice(token.start, token.end)) : "";
  };
  const found: ActorMention[] = [];
  for (const sentence of document.sentences ?? []) {
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = tokens[t];
      // Every phrase opens with "the" or "both": skip other tokens by length and letter (hot loop).
      if (!token || token.end - token.start > 4) continue;
      if (!firstLetters.has(text.charCodeAt(token.start) | 0x20)) continue;
      // "the" is everywhere: look at the next word before trying each phrase.
      if (!firstWords.has(word(t)) || !secondWords.has(word(t + 1))) continue;
      const phrase = phrases.find((p) => p.words.every((w, k) => word(t + k) === w));
      if (!phrase) continue;
      const first = tokens[t];
      const last = tokens[t + phrase.words.length - 1];
      if (!first || !last) continue;
      const members = recentPair(mentions, first.start, phrase.kind);
      if (!members) continue;
      found.push({
        kind: "actor-mention",
        sentence: sentence.index,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        type: "group",
        name: members.map((m) => m.name).join(" and "),
        code: null,
        country: null,
        sector: null,
        rules: [`coref:pair-of-${phrase.kind}`],
        members,
      });
      t += phrase.words.length - 1;
    }
  }
  return found;
}

function recentPair(
  mentions: readonly ActorMention[],
  before: number,
  kind: PairKind,
): ActorRef[] | null {
  const pair: ActorRef[] = [];
  const seen = new Set<string>();
  for (let i = mentions.length - 1; i >= 0 && pair.length < 2; i--) {
    const m = mentions[i] as ActorMention;
    if (m.start >= before) continue;
    const key = kind === "country" ? m.country : m.type === "person" ? m.name : null;
    if (key === null || seen.has(key) || (kind === "country" && key.length !== 3)) continue;
    seen.add(key);
    pair.push(
      kind === "country"
        ? { name: key, code: key, country: key, sector: null }
        : { name: m.name, code: m.code, country: m.country, sector: m.sector },
    );
  }
  return pair.length === 2 ? pair.reverse() : null;
}
