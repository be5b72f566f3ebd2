/** One sentence seen as folded words with the actor mentions laid over them, for the event coder. */

import type { ActorMention, Document, Sentence, Span } from "../model/index.js";
import { foldWord } from "../actors/words.js";

/** An actor mention with the word range it covers in its sentence. */
export interface PlacedMention {
  readonly mention: ActorMention;
  /** First word of the mention, counted from the sentence's first word. */
  readonly first: number;
  /** One past its last word. */
  readonly end: number;
}

export interface SentenceView {
  readonly document: Document;
  readonly sentence: Sentence;
  readonly words: readonly string[];
  readonly raw: readonly string[];
  readonly spans: readonly Span[];
  readonly mentions: readonly PlacedMention[];
  /** For each word, the index in `mentions` of the mention covering it, or -1. */
  readonly mentionAt: Int32Array;
}

/** Views of every sentence of a document; mentions are placed by their character spans. */
export function sentenceViews(document: Document): SentenceView[] {
  const tokens = document.tokens ?? [];
  const mentions = document.actorMentions ?? [];
  const views: SentenceView[] = [];
  let m = 0;
  for (const sentence of document.sentences ?? []) {
    const spans = tokens.slice(sentence.firstToken, sentence.endToken);
    const raw = spans.map((t) => document.text.slice(t.start, t.end));
    const words = raw.map(foldWord);
    const mentionAt = new Int32Array(words.length).fill(-1);
    const placed: PlacedMention[] = [];
    while (m < mentions.length && (mentions[m] as ActorMention).start < sentence.start) m++;
    for (let k = m; k < mentions.length; k++) {
      const mention = mentions[k] as ActorMention;
      if (mention.start >= sentence.end) break;
      const first = spans.findIndex((s) => s.end > mention.start);
      let end = first;
      while (end < spans.length && (spans[end] as Span).start < mention.end) end++;
      if (first < 0 || end <= first || mentionAt[first] !== -1) continue;
      for (let w = first; w < end; w++) mentionAt[w] = placed.length;
      placed.push({ mention, first, end });
    }
    views.push({ document, sentence, words, raw, spans, mentions: placed, mentionAt });
  }
  return views;
}
