/** The one document model every stage reads and writes: readonly, kind-tagged, JSON round-trippable. */

import type { Diagnostic } from "./diagnostic.js";

/** A half-open span [start, end) of UTF-16 code units into `Document.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type InputFormat = "text" | "jsonl" | "html";

/** Where an article came from: the file (or "-" for stdin) and, for JSONL, the line. */
export interface Origin {
  readonly path: string;
  readonly format: InputFormat;
  readonly line?: number;
  /** The `id` field a JSONL line gave; kept as metadata, never used as dyad's id. */
  readonly externalId?: string;
}

/** How the title was obtained, so a guessed title is never mistaken for a given one. */
export type TitleSource = "metadata" | "first-paragraph";

/** Where the publication date came from. */
export type PublishedSource =
  "date-line" | "front-matter" | "jsonl" | "html-meta" | "json-ld" | "option";

export interface ArticleMeta {
  readonly title: string | null;
  readonly titleSource: TitleSource | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** Publication date "YYYY-MM-DD", or null when the input does not say. Never invented. */
  readonly published: string | null;
  readonly publishedSource: PublishedSource | null;
  /** Set by a later corpus stage when the date is inferred (e.g. from a story); false when read. */
  readonly publishedInferred: boolean;
  /** Language the input declared (BCP 47 / ISO 639-1), if any. */
  readonly declaredLanguage: string | null;
}

export interface Paragraph extends Span {
  readonly kind: "paragraph";
  readonly index: number;
}

export interface Sentence extends Span {
  readonly kind: "sentence";
  readonly index: number;
  readonly paragraph: number;
  /** Index of the sentence's first token in `Document.tokens`. */
  readonly firstToken: number;
  /** Index one past its last token. */
  readonly endToken: number;
}

export interface Token extends Span {
  readonly kind: "token";
}

export interface Language {
  /** ISO 639-1 code where one exists ("en"), else ISO 639-3 ("und" when unknown). */
  readonly code: string;
  readonly source: "declared" | "detected";
  readonly english: boolean;
}

/**
 * An article as it moves through the pipeline. Readers create it with `id`, `origin`, `text`, `meta`
 * and `diagnostics`; each stage returns a new document with only the fields it declares assigned.
 */
export interface Document {
  readonly kind: "document";
  /** Stable id derived from the normalised text (set by the normalise stage; "" before it). */
  readonly id: string;
  readonly origin: Origin;
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly paragraphs?: readonly Paragraph[];
  readonly sentences?: readonly Sentence[];
  readonly tokens?: readonly Token[];
  readonly language?: Language;
  readonly actorMentions?: readonly ActorMention[];
  readonly events?: readonly EventMention[];
  readonly quotes?: readonly QuoteMention[];
  readonly figures?: readonly FigureMention[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What kind of thing an actor mention names. */
export type ActorType = "country" | "organisation" | "person" | "group";

/**
 * A span of text that names an actor, coded as far as the text and dictionaries allow, with the
 * rules that decided it. `country`/`sector` are null when unknown, never guessed.
 */
/** The contract's actor: who, coded as far as known. */
export interface ActorRef {
  readonly name: string;
  readonly code: string | null;
  readonly country: string | null;
  readonly sector: string | null;
}

export interface ActorMention extends Span {
  readonly kind: "actor-mention";
  readonly sentence: number;
  readonly text: string;
  readonly type: ActorType;
  readonly name: string;
  readonly code: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly rules: readonly string[];
  /** For a phrase naming several actors ("the two sides"): who they are. */
  readonly members?: readonly ActorRef[];
}

export type DatePrecision = "day" | "month" | "year";

/** Where an event happened, as the gazetteer knows the place. */
export interface EventPlace {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

/** Why an event mention carries the actor, date or place it does: the span and the rule. */
export interface Evidence extends Span {
  readonly rule: string;
}

/**
 * One sentence's report of one event: who did what to whom, coded from a verb or noun pattern.
 * `start`/`end` cover the sentence; the evidence spans say which words decided each part.
 */
export interface EventMention extends Span {
  readonly kind: "event-mention";
  readonly sentence: number;
  readonly text: string;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly cameo: string;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly location: EventPlace | null;
  /** The pattern that fired, then every structural rule that shaped the event. */
  readonly rules: readonly string[];
  readonly trigger: Evidence;
  readonly sourceEvidence: Evidence | null;
  readonly targetEvidence: Evidence | null;
  readonly dateEvidence: Evidence | null;
  readonly locationEvidence: Evidence | null;
}

/**
 * Words attributed to a speaker: quoted directly ("...," Xi said) or reported (X said that ...).
 * `start`/`end` cover the quoted or reported words only, and `text` is that slice.
 */
export interface QuoteMention extends Span {
  readonly kind: "quote-mention";
  readonly sentence: number;
  readonly text: string;
  readonly quoteKind: "direct" | "indirect";
  /** Who said it, as coded as the actor stage allows; null when the text does not say. */
  readonly speaker: ActorRef | null;
  /** The words naming the speaker ("Xi said", "according to the ministry"). */
  readonly speakerEvidence: Evidence | null;
  readonly rules: readonly string[];
}

/**
 * A quantity the text claims: "$229.8 billion" is 229800000000 USD. `start`/`end` cover the
 * number with its unit and scale words, and `text` is that slice.
 */
export interface FigureMention extends Span {
  readonly kind: "figure-mention";
  readonly sentence: number;
  readonly text: string;
  readonly value: number;
  /** Upper bound of a range ("between 20 and 30 percent"), else null. */
  readonly valueTo: number | null;
  /** ISO 4217 code for money ("USD"), else "percent", "TEU", "tonnes", "people", ...; null if bare. */
  readonly unit: string | null;
  /** A scale word ("billion", "million", "2.3m") was applied to the number. */
  readonly scaleApplied: boolean;
  /** "about", "more than", "at least", "nearly", ... as written, else null. */
  readonly approximation: string | null;
  /** A change rather than a level: "up 18.6 percent", "fell by 3 percent". */
  readonly change: "increase" | "decrease" | null;
  /** What it counts, in the text's words: "bilateral trade", "container throughput". */
  readonly measure: string | null;
  /** The period it refers to, resolved like event dates ("2024", "2024-07"), else null. */
  readonly date: string | null;
  readonly dateEvidence: Evidence | null;
  readonly rules: readonly string[];
}

/** The document fields a stage may require or assign; the pipeline checks these when it is built. */
export const DOCUMENT_FIELDS = [
  "id",
  "origin",
  "text",
  "meta",
  "paragraphs",
  "sentences",
  "tokens",
  "language",
  "actorMentions",
  "events",
  "quotes",
  "figures",
  "diagnostics",
] as const;

export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** Fields every reader provides. */
export const READER_FIELDS: readonly DocumentField[] = ["origin", "text", "meta", "diagnostics"];

export const EMPTY_META: ArticleMeta = {
  title: null,
  titleSource: null,
  outlet: null,
  url: null,
  published: null,
  publishedSource: null,
  publishedInferred: false,
  declaredLanguage: null,
};

/**
 * A freshly read document, before normalisation.
 * @example newDocument({ path: "a.txt", format: "text" }, "Text.", EMPTY_META)
 */
export function newDocument(
  origin: Origin,
  text: string,
  meta: ArticleMeta,
  diagnostics: readonly Diagnostic[] = [],
): Document {
  return { kind: "document", id: "", origin, text, meta, diagnostics };
}
