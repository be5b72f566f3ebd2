/** A quotation or reported clause as the quotes stage builds it, before it becomes a QuoteMention. */

import type { QuoteMention } from "../model/index.js";
import type { QuoteArticle } from "./article.js";
import type { Speaker } from "./speaker.js";

export interface QuoteDraft {
  readonly kind: "direct" | "indirect";
  /** First and last token of the quoted or reported words. */
  readonly first: number;
  readonly last: number;
  /** Who said it; null while unknown. */
  speaker: Speaker | null;
  /** No words next to it name a speaker: it takes the speaker of the quotation before it. */
  readonly needsContext: boolean;
  /** Paragraphs of one quotation share a chain number (-1 for none). */
  readonly chain: number;
  readonly rules: string[];
}

/**
 * The model's QuoteMention for a draft: offsets from its tokens, rules with the speaker's rule.
 * @example toQuoteMention(article, draft).text === article.text.slice(start, end) // true
 */
export function toQuoteMention(article: QuoteArticle, draft: QuoteDraft): QuoteMention {
  const start = article.tokens[draft.first]?.start ?? 0;
  const end = article.tokens[draft.last]?.end ?? start;
  const evidence = draft.speaker?.evidence ?? null;
  const speakerRule = evidence?.rule ?? "speaker:none";
  return {
    kind: "quote-mention",
    sentence: article.sentenceOf[draft.first] as number,
    start,
    end,
    text: article.text.slice(start, end),
    quoteKind: draft.kind,
    speaker: draft.speaker?.ref ?? null,
    speakerEvidence: evidence,
    rules: [...draft.rules, speakerRule],
  };
}
