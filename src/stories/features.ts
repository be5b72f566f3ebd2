/**
 * What story clustering needs to know about one article, read once from the coded document into
 * a small, JSON-serialisable object that can be stored and compared without the text.
 */

import type { Document, Span } from "../model/index.js";
import { actorKeys } from "./actor-keys.js";
import { eventKeys } from "./event-keys.js";
import { defaultTermReader, type TermReader } from "./terms.js";

/** Changes whenever the way features are read changes, so stored ones can be recomputed. */
export const STORY_FEATURES_VERSION = 1;

/**
 * One article as story clustering sees it; about 1 KB as JSON. Its event ids are not in it: the
 * store already knows which events each article reports.
 * @example
 * { kind: "story-features", version: 1, article: "3256c3d8c2c2f3af", published: "2024-04-09",
 *   title: "...", terms: ["speaker", "hue", ...], termWeights: [4.773, 4.386, ...],
 *   named: ["person:xi jinping", ...], namedWeights: [6.605, ...],
 *   countries: ["country:CHN", "country:VNM"], eventKeys: ["CHN-VNM|2024-04-08|04", ...] }
 */
export interface StoryFeatures {
  readonly kind: "story-features";
  readonly version: number;
  /** The article's id. */
  readonly article: string;
  /** Its publication date "YYYY-MM-DD" as read, or null: never an inferred one. */
  readonly published: string | null;
  readonly title: string | null;
  /** Its heaviest content terms (stemmed), heaviest first, and their weights. */
  readonly terms: readonly string[];
  readonly termWeights: readonly number[];
  /** Named people and organisations, heaviest first, and their weights. */
  readonly named: readonly string[];
  readonly namedWeights: readonly number[];
  readonly countries: readonly string[];
  /** Its day-dated events as compared: countries, day, root (see `eventKeys`). */
  readonly eventKeys: readonly string[];
}

/**
 * The story features of a document the default pipeline has coded (actor mentions and events are
 * used when present; a non-English document has text terms only).
 * @example storyFeatures(defaultPipeline().run(document)).terms[0] // "clash"
 */
export function storyFeatures(
  document: Document,
  terms: TermReader = defaultTermReader(),
): StoryFeatures {
  const mentions = document.actorMentions ?? [];
  // Country names and adjectives are left out of the words: every article about a dyad repeats
  // them, and the countries are compared as actors instead.
  const countryWords: Span[] = mentions.filter(
    (m) => m.type === "country" || (m.type === "group" && m.country !== null),
  );
  if (!isSorted(countryWords)) countryWords.sort((a, b) => a.start - b.start);
  const read = terms.read(document.text, countryWords);
  const actors = actorKeys(mentions, read.leadEnd);
  return {
    kind: "story-features",
    version: STORY_FEATURES_VERSION,
    article: document.id,
    published: document.meta.publishedInferred ? null : document.meta.published,
    title: document.meta.title,
    terms: read.terms,
    termWeights: read.weights,
    named: actors.named,
    namedWeights: actors.namedWeights,
    countries: actors.countries,
    eventKeys: eventKeys(document.events ?? []),
  };
}

function isSorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i] as Span).start < (spans[i - 1] as Span).start) return false;
  }
  return true;
}

/**
 * Whether a stored value is story features this version of dyad can compare; older or foreign
 * ones should be recomputed from their document.
 * @example isStoryFeatures(JSON.parse(row.features)) // true
 */
export function isStoryFeatures(value: unknown): value is StoryFeatures {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.kind === "story-features" &&
    v.version === STORY_FEATURES_VERSION &&
    typeof v.article === "string" &&
    (v.published === null || typeof v.published === "string") &&
    (v.title === null || typeof v.title === "string") &&
    isList(v.terms, "string") &&
    isList(v.termWeights, "number") &&
    (v.terms as unknown[]).length === (v.termWeights as unknown[]).length &&
    isList(v.named, "string") &&
    isList(v.namedWeights, "number") &&
    (v.named as unknown[]).length === (v.namedWeights as unknown[]).length &&
    isList(v.countries, "string") &&
    isList(v.eventKeys, "string")
  );
}

function isList(value: unknown, type: "string" | "number"): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === type);
}
