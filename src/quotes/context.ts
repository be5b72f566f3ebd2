/** Speakers from context: the paragraphs of one quotation, and quotations that follow a speaker. */

import type { ActorMention } from "../model/index.js";
import { type QuoteArticle, mentionStartingAt } from "./article.js";
import type { QuoteDraft } from "./draft.js";
import { type Speaker, mentionSpeaker, relabel } from "./speaker.js";

/** How near the start of the previous sentence its subject must stand ("Foreign Minister X ..."). */
const SUBJECT_REACH = 4;

/**
 * Fills the speaker of drafts no words attribute (`needsContext`), in place:
 * - a paragraph of a quotation takes the speaker attributed in another paragraph of it;
 * - otherwise a quotation takes the speaker of the quotation or reported clause in the same or
 *   the previous sentence ("'We tried,' Lam said. 'Nobody listened.'");
 * - otherwise a quotation opening a sentence takes the person the previous sentence opens with
 *   ("Moyo rejected the results on Monday. 'We will not accept ...'");
 * - otherwise it stays without a speaker.
 * `drafts` must be in text order.
 * @example fillContextSpeakers(article, drafts)
 */
export function fillContextSpeakers(article: QuoteArticle, drafts: QuoteDraft[]): void {
  const chainSpeakers = new Map<number, Speaker>();
  for (const draft of drafts) {
    if (draft.chain >= 0 && !draft.needsContext && draft.speaker !== null) {
      if (!chainSpeakers.has(draft.chain)) chainSpeakers.set(draft.chain, draft.speaker);
    }
  }
  let previous: QuoteDraft | null = null;
  for (const draft of drafts) {
    if (draft.needsContext) {
      const fromChain = chainSpeakers.get(draft.chain);
      if (fromChain !== undefined) {
        draft.speaker = relabel(fromChain, "speaker:same-quotation");
      } else if (previous?.speaker != null && isNear(article, previous, draft)) {
        draft.speaker = relabel(previous.speaker, "speaker:previous-quote");
      } else if (previous === null || !isNear(article, previous, draft)) {
        draft.speaker = previousSubject(article, draft);
      }
      if (draft.chain >= 0 && draft.speaker !== null) chainSpeakers.set(draft.chain, draft.speaker);
    }
    previous = draft;
  }
}

/** The previous draft ends (with its attribution) in the sentence the draft starts or the one before. */
function isNear(article: QuoteArticle, previous: QuoteDraft, draft: QuoteDraft): boolean {
  const quoteEnd = article.sentenceOf[previous.last] as number;
  const speakerEnd =
    previous.speaker === null ? 0 : (article.sentenceOf[previous.speaker.last] as number);
  const start = article.sentenceOf[draft.first] as number;
  return start - Math.max(quoteEnd, speakerEnd) <= 1;
}

/** A person opening the sentence before the quotation, as its likely speaker. */
function previousSubject(article: QuoteArticle, draft: QuoteDraft): Speaker | null {
  const sentence = article.sentences[(article.sentenceOf[draft.first] as number) - 1];
  if (sentence === undefined) return null;
  const end = Math.min(sentence.endToken, sentence.firstToken + SUBJECT_REACH);
  for (let t = sentence.firstToken; t < end; t++) {
    const m = mentionStartingAt(article, t);
    if (m < 0) continue;
    const mention = article.mentions[m] as ActorMention;
    return mention.type === "person"
      ? mentionSpeaker(article, m, "speaker:previous-subject")
      : null;
  }
  return null;
}
