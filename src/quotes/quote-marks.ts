/** Pairs the article's double quotation marks into quoted spans, in one pass over its tokens. */

import { type QuoteArticle, isChar } from "./article.js";

/** Text between a pair of quotation marks (or from an opening mark to the end of its line). */
export interface QuotedSpan {
  /** Token index of the opening mark. */
  readonly open: number;
  /** Token index of the closing mark, or -1 when the line ended first. */
  readonly close: number;
  /** Last token inside the marks (`open` when nothing is inside). */
  readonly last: number;
  /** Opens a paragraph that carries on a quotation left open at the end of the previous one. */
  readonly continuesPrevious: boolean;
  /** Left open at the end of its paragraph, and the next paragraph reopens it. */
  readonly continuesNext: boolean;
}

const STRAIGHT = 0x22;
const OPENERS = new Set([0x201c, 0x201e, 0xab]); // “ „ «
const CLOSERS = new Set([0x201d, 0xbb]); // ” »

type Mark = "open" | "close" | "either" | null;

function markAt(article: QuoteArticle, t: number): Mark {
  const token = article.tokens[t];
  if (token === undefined || token.end - token.start !== 1) return null;
  const c = article.text.charCodeAt(token.start);
  if (c === STRAIGHT) return "either";
  if (OPENERS.has(c)) return "open";
  if (CLOSERS.has(c)) return "close";
  return null;
}

/**
 * Whether the token is any double quotation mark.
 * @example isQuoteMark(article, t) // true for " “ ” „ « »
 */
export function isQuoteMark(article: QuoteArticle, t: number): boolean {
  return markAt(article, t) !== null;
}

/** A mark can open a quotation only when a word (or more punctuation) follows it on its line. */
function canOpen(article: QuoteArticle, t: number): boolean {
  const token = article.tokens[t];
  const next = article.tokens[t + 1];
  return token !== undefined && next !== undefined && !hasLineBreak(article, token.end, next.start);
}

function hasLineBreak(article: QuoteArticle, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (article.text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * The quoted spans of an article in text order. Sentences never cross a line, but quotations
 * may: a quotation still open at the end of a paragraph continues when the next paragraph opens
 * with a quotation mark (the news convention), and otherwise ends with the paragraph. Curly marks
 * nest; straight marks alternate.
 * @example findQuotedSpans(quoteArticle(doc)).map((s) => [s.open, s.close])
 */
export function findQuotedSpans(article: QuoteArticle): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const { sentences, tokens } = article;
  let open = -1;
  let depth = 0;
  let continuesPrevious = false;
  let previousEnd = -1;
  for (const sentence of sentences) {
    let first = sentence.firstToken;
    if (open >= 0 && previousEnd >= 0 && hasLineBreak(article, previousEnd, sentence.start)) {
      const last = first - 1;
      const reopens = markAt(article, first) === "open" || markAt(article, first) === "either";
      spans.push({ open, close: -1, last, continuesPrevious, continuesNext: reopens });
      if (reopens) {
        open = first;
        depth = 1;
        continuesPrevious = true;
        first++;
      } else {
        open = -1;
        depth = 0;
        continuesPrevious = false;
      }
    }
    for (let t = first; t < sentence.endToken; t++) {
      const mark = markAt(article, t);
      if (mark === null) continue;
      if (open < 0) {
        if (mark !== "close" || precededBySpace(article, t)) {
          if (canOpen(article, t)) {
            open = t;
            depth = 1;
            continuesPrevious = false;
          }
        }
      } else if (isChar(article, open, STRAIGHT) ? mark === "either" : mark !== "either") {
        // Curly marks nest ("He called it “a farce”"); straight ones cannot, and a mark of the
        // other style inside a quotation is part of it.
        depth += mark === "open" ? 1 : -1;
        if (depth === 0) {
          spans.push({ open, close: t, last: t - 1, continuesPrevious, continuesNext: false });
          open = -1;
          continuesPrevious = false;
        }
      }
    }
    previousEnd = sentence.end;
  }
  if (open >= 0) {
    spans.push({
      open,
      close: -1,
      last: tokens.length - 1,
      continuesPrevious,
      continuesNext: false,
    });
  }
  return spans;
}

/** A closing mark after a space is a straight-quote typo for an opening one. */
function precededBySpace(article: QuoteArticle, t: number): boolean {
  const token = article.tokens[t];
  if (token === undefined) return false;
  if (token.start === 0) return true;
  const c = article.text.charCodeAt(token.start - 1);
  return c === 32 || c === 10 || c === 9 || c === 0xa0;
}
