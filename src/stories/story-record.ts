/** The contract's story record, built from its members' features. */

import { dayNumber } from "./days.js";
import type { StoryFeatures } from "./features.js";
import { type Profile, profileOf } from "./profile.js";
import { similarity } from "./similarity.js";
import { type Anchor, isEarlier, storyId } from "./story-id.js";
import { StorySummary } from "./summary.js";

/** As `dyad stories` prints it (docs: OUTPUT-CONTRACT.md, "Story"). */
export interface StoryRecord {
  readonly id: string;
  /** Its articles, earliest first (undated last). */
  readonly articles: readonly string[];
  readonly first_date: string | null;
  readonly last_date: string | null;
  readonly title: string | null;
  /** The article the title is taken from: the best-connected member that has a title. */
  readonly title_article: string | null;
  /** Every event its articles report, sorted. */
  readonly events: readonly string[];
}

/** Past this many members, connectedness is measured against the story's centroid. */
const PAIRWISE_LIMIT = 64;

/**
 * The record of the story made of `members` (at least one), with `events` the ids of the events
 * its members report (the store knows them by article). Its id is the clusterer's: derived from
 * the earliest member.
 * @example storyRecord(members, eventIds).title // "Indonesian president opens state visit to Malaysia"
 */
export function storyRecord(
  members: readonly StoryFeatures[],
  events: Iterable<string> = [],
): StoryRecord {
  if (members.length === 0) throw new RangeError("a story has at least one member");
  const profiles = members.map((member) => profileOf(member));
  const anchors = members.map((m): Anchor => ({ article: m.article, day: dayNumber(m.published) }));
  const order = anchors.map((_, i) => i);
  order.sort((i, j) => (isEarlier(anchors[i] as Anchor, anchors[j] as Anchor) ? -1 : 1));
  const dates = members.flatMap((m) => (m.published === null ? [] : [m.published])).sort();
  const best = byConnectedness(profiles, order);
  const titled = best.map((i) => members[i] as StoryFeatures).find((m) => m.title !== null);
  return {
    id: storyId(anchors[order[0] as number] as Anchor),
    articles: order.map((i) => (members[i] as StoryFeatures).article),
    first_date: dates[0] ?? null,
    last_date: dates[dates.length - 1] ?? null,
    title: titled?.title ?? null,
    title_article: titled?.article ?? null,
    events: [...new Set(events)].sort(),
  };
}

/**
 * Member indexes, best first: the member most like the others (the sum of its similarities to
 * them) tells the story best; ties go to the earliest. `order` is earliest first.
 */
function byConnectedness(profiles: readonly Profile[], order: readonly number[]): number[] {
  const connectedness = new Array<number>(profiles.length).fill(0);
  if (profiles.length <= PAIRWISE_LIMIT) {
    for (let i = 0; i < profiles.length; i++) {
      for (let j = i + 1; j < profiles.length; j++) {
        const s = similarity(profiles[i] as Profile, profiles[j] as Profile).score;
        connectedness[i] = (connectedness[i] as number) + s;
        connectedness[j] = (connectedness[j] as number) + s;
      }
    }
  } else {
    const summary = new StorySummary();
    for (const profile of profiles) summary.fold(profile);
    const centroid = summary.profile();
    profiles.forEach((profile, i) => (connectedness[i] = similarity(profile, centroid).score));
  }
  const rank = new Array<number>(profiles.length);
  order.forEach((i, position) => (rank[i] = position));
  return [...order].sort(
    (i, j) =>
      (connectedness[j] as number) - (connectedness[i] as number) ||
      (rank[i] as number) - (rank[j] as number),
  );
}
