/** One article as the quotes stage reads it: tokens with their sentences and the actors over them. */

import type { ActorMention, Document, Sentence, Token } from "../model/index.js";

export interface QuoteArticle {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly ActorMention[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Per token: index in `mentions` of the longest mention whose first token it is, else -1. */
  readonly startingAt: Int32Array;
  /** Per token: index in `mentions` of the longest mention whose last token it is, else -1. */
  readonly endingAt: Int32Array;
  /** First and last token of each mention. */
  readonly mentionFirstToken: Int32Array;
  readonly mentionLastToken: Int32Array;
  /** Lower-cased token texts, filled as they are asked for. */
  readonly lowered: Array<string | undefined>;
}

/**
 * Indexes a document that has sentences, tokens and actor mentions. Flat arrays instead of maps:
 * the stage asks about a few dozen tokens around each cue, and the index must cost less than that.
 * @example quoteArticle(document).sentenceOf[0] // 0
 */
export function quoteArticle(document: Document): QuoteArticle {
  const tokens = document.tokens ?? [];
  const sentences = document.sentences ?? [];
  const mentions = document.actorMentions ?? [];
  const sentenceOf = new Int32Array(tokens.length);
  for (const sentence of sentences) {
    sentenceOf.fill(sentence.index, sentence.firstToken, sentence.endToken);
  }
  const startingAt = new Int32Array(tokens.length).fill(-1);
  const endingAt = new Int32Array(tokens.length).fill(-1);
  const mentionFirstToken = new Int32Array(mentions.length);
  const mentionLastToken = new Int32Array(mentions.length);
  const length = (m: number) => {
    const mention = mentions[m] as ActorMention;
    return mention.end - mention.start;
  };
  // Mentions come in text order, so one token cursor serves them all.
  let cursor = 0;
  mentions.forEach((mention, m) => {
    if (m > 0 && mention.start < (mentions[m - 1] as ActorMention).start) cursor = 0;
    while (cursor < tokens.length - 1 && (tokens[cursor] as Token).end <= mention.start) cursor++;
    let last = cursor;
    while (last < tokens.length - 1 && (tokens[last] as Token).end < mention.end) last++;
    mentionFirstToken[m] = cursor;
    mentionLastToken[m] = last;
    const starting = startingAt[cursor] as number;
    if (starting < 0 || length(starting) < length(m)) startingAt[cursor] = m;
    const ending = endingAt[last] as number;
    if (ending < 0 || length(ending) < length(m)) endingAt[last] = m;
  });
  return {
    text: document.text,
    tokens,
    sentences,
    mentions,
    sentenceOf,
    startingAt,
    endingAt,
    mentionFirstToken,
    mentionLastToken,
    lowered: new Array<string | undefined>(tokens.length),
  };
}

/**
 * Index of the longest mention starting at token `t`, or -1.
 * @example mentionStartingAt(article, t) // -1 when no mention starts there
 */
export function mentionStartingAt(article: QuoteArticle, t: number): number {
  return t >= 0 && t < article.startingAt.length ? (article.startingAt[t] as number) : -1;
}

/**
 * Index of the longest mention ending at token `t`, or -1.
 * @example mentionEndingAt(article, t) // -1 when no mention ends there
 */
export function mentionEndingAt(article: QuoteArticle, t: number): number {
  return t >= 0 && t < article.endingAt.length ? (article.endingAt[t] as number) : -1;
}

/**
 * The token's text as written.
 * @example tokenText(article, 0) // "Xi"
 */
export function tokenText(article: QuoteArticle, t: number): string {
  const token = article.tokens[t];
  return token === undefined ? "" : article.text.slice(token.start, token.end);
}

/**
 * The token's text in lower case ("" outside the article).
 * @example lowerText(article, 0) // "xi"
 */
export function lowerText(article: QuoteArticle, t: number): string {
  if (t < 0 || t >= article.lowered.length) return "";
  let lowered = article.lowered[t];
  if (lowered === undefined) {
    lowered = tokenText(article, t).toLowerCase();
    article.lowered[t] = lowered;
  }
  return lowered;
}

/**
 * Whether the token starts with a letter or digit (a word, not punctuation).
 * @example isWordToken(article, t) // false for "," and "“"
 */
export function isWordToken(article: QuoteArticle, t: number): boolean {
  const token = article.tokens[t];
  if (token === undefined) return false;
  const c = article.text.charCodeAt(token.start);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  return WORD_START.test(article.text[token.start] as string);
}

const WORD_START = /[\p{L}\p{N}]/u;

/**
 * Whether the token starts with an upper-case letter.
 * @example isCapitalised(article, t) // true for "Xi", "Élysée"
 */
export function isCapitalised(article: QuoteArticle, t: number): boolean {
  const token = article.tokens[t];
  if (token === undefined) return false;
  const c = article.text.charCodeAt(token.start);
  if (c < 128) return c >= 65 && c <= 90;
  const first = article.text[token.start] as string;
  return first !== first.toLowerCase();
}

/**
 * Whether the token is the single character `c` (given as a char code).
 * @example isChar(article, t, 0x2c) // the token is ","
 */
export function isChar(article: QuoteArticle, t: number, c: number): boolean {
  const token = article.tokens[t];
  return (
    token !== undefined &&
    token.end - token.start === 1 &&
    article.text.charCodeAt(token.start) === c
  );
}

/**
 * Number of word tokens in [first, last].
 * @example wordCount(article, first, last) // 3 for "hurt Europeans more."
 */
export function wordCount(article: QuoteArticle, first: number, last: number): number {
  let count = 0;
  for (let t = first; t <= last; t++) if (isWordToken(article, t)) count++;
  return count;
}

const PERIOD = 0x2e;
const QUESTION = 0x3f;
const EXCLAMATION = 0x21;
const ELLIPSIS = 0x2026;

/**
 * Whether the token is a run of sentence-final punctuation (".", "?", "!", "...", "…").
 * @example isTerminator(article, t) // true for ".", "?!", "..."
 */
export function isTerminator(article: QuoteArticle, t: number): boolean {
  const token = article.tokens[t];
  if (token === undefined) return false;
  for (let i = token.start; i < token.end; i++) {
    const c = article.text.charCodeAt(i);
    if (c !== PERIOD && c !== QUESTION && c !== EXCLAMATION && c !== ELLIPSIS) return false;
  }
  return true;
}
