/** The quotes stage: direct quotations and reported speech, each with its speaker from the actors. */

import type { StageDefinition } from "../pipeline/stage.js";
import { quoteArticle } from "./article.js";
import { fillContextSpeakers } from "./context.js";
import { findCues } from "./cues.js";
import { findDirectQuotes } from "./direct.js";
import { toQuoteMention } from "./draft.js";
import { findIndirectQuotes } from "./indirect.js";
import { findQuotedSpans } from "./quote-marks.js";
import { loadQuoteWords } from "./quote-words.js";

/**
 * Finds quotations ("...," Xi said; said Xi; Xi told reporters: "..."; according to X; over several
 * sentences and paragraphs; straight and curly marks) and reported speech (X said that ...; ...,
 * X said), flags them direct or indirect, and names the speaker with the actor mention the words
 * point at (pronouns and titles as the actor stage resolved them). `start`/`end` cover the quoted
 * or reported words only; scare quotes and quoted titles are not quotations.
 * @example quotesStage.create()(document).quotes?.[0]?.speaker?.name // "Xi Jinping"
 */
export const quotesStage: StageDefinition = {
  name: "quotes",
  requires: ["text", "sentences", "tokens", "actorMentions"],
  assigns: ["quotes"],
  englishOnly: true,
  create: () => {
    const words = loadQuoteWords();
    return (document) => {
      const article = quoteArticle(document);
      const spans = findQuotedSpans(article);
      const cues = findCues(article, spans, words);
      const direct = findDirectQuotes(article, spans, cues, words);
      const indirect = findIndirectQuotes(article, words, cues, direct.usedCues, direct.drafts);
      const drafts = [...direct.drafts, ...indirect].sort((a, b) => a.first - b.first);
      fillContextSpeakers(article, drafts);
      return { ...document, quotes: drafts.map((draft) => toQuoteMention(article, draft)) };
    };
  },
};
