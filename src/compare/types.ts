/** What a story comparison reads and what it reports: the contract of `dyad compare`. */

import type { ResolvedActor } from "../resolve/actors.js";
import type { EventRecord } from "../aggregate/event-record.js";
import type { ActorRef } from "../model/index.js";

/** One article of the story; an article without a known outlet counts as its own source. */
export interface StoryArticle {
  readonly id: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly title: string | null;
}

export interface StoryQuote {
  readonly id: string;
  readonly article: string;
  readonly speaker: ActorRef | null;
  readonly kind: "direct" | "indirect";
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface StoryFigure {
  readonly id: string;
  readonly article: string;
  readonly value: number;
  readonly unit: string | null;
  readonly measure: string | null;
  readonly date: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Everything one story holds, as the store gives it. */
export interface StoryMaterial {
  readonly story: string;
  readonly articles: readonly StoryArticle[];
  readonly events: readonly EventRecord[];
  readonly quotes: readonly StoryQuote[];
  readonly figures: readonly StoryFigure[];
  /** The story's people and organisations resolved over its own articles. */
  readonly actors: readonly ResolvedActor[];
}

/** A span of an article that backs one side of a claim. */
export interface ClaimEvidence {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One item (event, quote or figure) and the outlets that reported it. */
export interface CoveredItem {
  readonly kind: "event" | "quote" | "figure";
  /** The item's id; a quote or figure reported by several outlets takes its first report's id. */
  readonly id: string;
  /** A one-line description: "CHNGOV 046 VNMGOV 2024-08-19", "Xi: “...”", "USD 229800000000 trade". */
  readonly label: string;
  readonly outlets: readonly string[];
  readonly articles: readonly string[];
}

export interface ContradictionSide {
  readonly value: string;
  readonly outlets: readonly string[];
  readonly articles: readonly string[];
  readonly evidence: readonly ClaimEvidence[];
}

export type ContradictionKind =
  "actor-country" | "actor-sector" | "event-date" | "event-participants" | "figure-value";

export interface Contradiction {
  readonly kind: ContradictionKind;
  /** What the sides disagree about: "To Lam", "CHN 04 VNM", "USD bilateral trade 2024". */
  readonly subject: string;
  /** Two or more sides, the best supported first. */
  readonly sides: readonly ContradictionSide[];
  /** The side more outlets support; null when the best two have as many. */
  readonly supported: string | null;
}

export interface Comparison {
  readonly story: string;
  /** Each outlet and its articles in the story. */
  readonly outlets: ReadonlyArray<{
    readonly outlet: string;
    readonly articles: readonly string[];
  }>;
  readonly coverage: readonly CoveredItem[];
  /** Items only one outlet reported, in a story more than one outlet covered. */
  readonly unique: readonly CoveredItem[];
  readonly contradictions: readonly Contradiction[];
}
