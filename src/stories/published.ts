/**
 * Publication dates for undated articles, inferred from their story's dated members, with the
 * members they come from as evidence. A story without dated members gives no date: nothing is
 * invented.
 */

import type { StoryFeatures } from "./features.js";
import { profileOf } from "./profile.js";
import { similarity } from "./similarity.js";

/** An undated article's inferred publication date and what it rests on. */
export interface InferredPublished {
  readonly article: string;
  /** "YYYY-MM-DD". */
  readonly published: string;
  /**
   * `story-date`: every dated member of the story has this date. `most-similar-member`: they
   * differ, and the date is that of the dated member most like the article.
   */
  readonly rule: "story-date" | "most-similar-member";
  /** The dated members the date comes from, with their similarity to the article. */
  readonly evidence: readonly {
    readonly article: string;
    readonly published: string;
    readonly similarity: number;
  }[];
  /** The first and last publication date of the story's dated members. */
  readonly span: { readonly first: string; readonly last: string };
}

/**
 * The inferred publication date of `article` from the other members of its story; null when
 * the article is dated or no member is.
 * @example inferPublished(undated, storyMembers)
 * // { article, published: "2024-08-13", rule: "most-similar-member", evidence: [...], span }
 */
export function inferPublished(
  article: StoryFeatures,
  members: readonly StoryFeatures[],
): InferredPublished | null {
  if (article.published !== null) return null;
  const dated = members.filter(
    (m): m is StoryFeatures & { published: string } =>
      m.published !== null && m.article !== article.article,
  );
  if (dated.length === 0) return null;
  const profile = profileOf(article);
  const evidence = dated
    .map((m) => ({
      article: m.article,
      published: m.published,
      similarity: round(similarity(profile, profileOf(m)).score),
    }))
    .sort(
      (a, b) =>
        b.similarity - a.similarity ||
        compare(a.published, b.published) ||
        compare(a.article, b.article),
    );
  const dates = evidence.map((e) => e.published).sort();
  const span = { first: dates[0] as string, last: dates[dates.length - 1] as string };
  if (span.first === span.last) {
    return { article: article.article, published: span.first, rule: "story-date", evidence, span };
  }
  const closest = evidence[0] as (typeof evidence)[number];
  return {
    article: article.article,
    published: closest.published,
    rule: "most-similar-member",
    evidence: [closest],
    span,
  };
}

/**
 * The inferred dates of every undated member of one story.
 * @example inferStoryPublished(members).map((i) => i.published) // ["2024-08-19"]
 */
export function inferStoryPublished(members: readonly StoryFeatures[]): InferredPublished[] {
  return members
    .map((member) => inferPublished(member, members))
    .filter((inferred): inferred is InferredPublished => inferred !== null);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
