/** The store interface every backend implements; the CLI and API see only this. */

import type { ActorMention, Document, InputFormat } from "../model/index.js";
import type { CorpusMention } from "../resolve/actors.js";

export interface ArticlePath {
  readonly path: string;
  readonly format: InputFormat;
  /** Line of a JSONL file, null for whole-file formats. */
  readonly line: number | null;
}

/** An article as stored and listed (the contract's Article, plus provenance fields). */
export interface StoredArticle {
  readonly id: string;
  readonly paths: readonly ArticlePath[];
  readonly title: string | null;
  readonly titleSource: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly publishedSource: string | null;
  readonly publishedInferred: boolean;
  readonly language: string | null;
  readonly english: boolean;
  readonly story: string | null;
  readonly paragraphs: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly chars: number;
  /** Present only when asked for. */
  readonly text?: string;
}

/** What `put` did: a new article, a new path for a known one, gaps filled in its metadata, or nothing. */
export type PutOutcome = "stored" | "path-added" | "updated" | "unchanged";

export interface StoreStats {
  readonly articles: number;
  readonly paths: number;
  readonly paragraphs: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly chars: number;
  readonly nonEnglish: number;
  readonly undated: number;
  readonly outlets: number;
  readonly actorMentions: number;
}

export interface ListOptions {
  readonly withText?: boolean;
}

/**
 * Where documents live. `put` writes everything a document produces atomically and is idempotent:
 * putting the same document again changes nothing; the same text from a new path records the path.
 */
export interface Store {
  put(document: Document): PutOutcome;
  /**
   * Puts several documents in one transaction (cheaper than one each): after a crash either all of
   * them are stored or none, and each is always whole.
   */
  putAll(documents: readonly Document[]): PutOutcome[];
  articles(options?: ListOptions): Iterable<StoredArticle>;
  article(id: string, options?: ListOptions): StoredArticle | undefined;
  /** The sentence spans of one article, in order. */
  sentenceSpans(id: string): ReadonlyArray<{ start: number; end: number; paragraph: number }>;
  /** Every person and organisation mention in the corpus, for the actor-resolution stage. */
  corpusMentions(): CorpusMention[];
  /** The actor mentions of one article, in text order. */
  actorMentions(id: string): ActorMention[];
  stats(): StoreStats;
  close(): void;
}
