/** The store interface every backend implements; the CLI and API see only this. */

import type { ActorMention, Document, EventMention, InputFormat } from "../model/index.js";
import type { EventSummary } from "../aggregate/summarise.js";
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
  readonly events: number;
  readonly eventMentions: number;
}

/** Which events to list; all given conditions must hold. */
export interface EventFilter {
  /** One event by id. */
  readonly id?: string;
  /** Source and target, each a country code or a full actor code. */
  readonly dyad?: { readonly source: string; readonly target: string };
  /** An actor code or country code on either side. */
  readonly actor?: string;
  /** Events that may have happened on or after this day (a month or year overlapping it counts). */
  readonly from?: string;
  readonly to?: string;
  /** Two-digit CAMEO root. */
  readonly root?: string;
}

/** One stored event mention, with the event it reports and the article it is in. */
export interface EventMentionRecord {
  readonly event: string;
  readonly article: string;
  readonly outlet: string | null;
  readonly mention: EventMention;
}

/** An aggregated event with all its mentions, in article order. */
export interface EventWithMentions {
  readonly summary: EventSummary;
  readonly mentions: readonly EventMentionRecord[];
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
  /** Aggregated events, by date (undated last), then id. */
  events(filter?: EventFilter): EventSummary[];
  /** The mentions of one event, in article order. */
  eventMentions(id: string): EventMentionRecord[];
  /**
   * `events` with each event's `eventMentions`, read together: what every event listing needs,
   * cheaper than asking event by event. A store without it is asked event by event.
   */
  eventsWithMentions?(filter?: EventFilter): EventWithMentions[];
  stats(): StoreStats;
  close(): void;
}
