/**
 * Groups articles into stories as they arrive. Dated articles are linked single-link style to
 * members of their stories within the date window, and stories an article links are merged, so
 * the stories are the connected groups of linked articles whatever the order of arrival. Undated
 * articles cannot bridge happenings months apart: each joins the story it links to best, and
 * moves when an article that fits it better arrives.
 */

import type { StoryFeatures } from "./features.js";
import { indexKeys, type Profile, profileOf } from "./profile.js";
import { daysApart, isLink, similarity, WINDOW_DAYS } from "./similarity.js";
import { type Anchor, isEarlier, storyId } from "./story-id.js";
import { Recency, type Linked } from "./recency.js";
import { sortSmall } from "./small-sort.js";
import { StoryIndex } from "./story-index.js";
import { StorySummary } from "./summary.js";
import { TermStatistics } from "./term-statistics.js";

/** Limits that keep time per article and memory bounded, whatever the size of the corpus. */
export interface ClustererOptions {
  /** Stories whose members are kept one by one; older stories keep a small summary. */
  readonly recentStories: number;
  /** Members kept one by one per story; older members are folded into its summary. */
  readonly membersPerStory: number;
  /** Stories kept at all; the least recently touched are forgotten past this. */
  readonly maxStories: number;
  /** Candidate stories compared with each article, those sharing the most keys with it. */
  readonly candidatesPerArticle: number;
  /**
   * Stories remembered per index key, the most recently indexed. A story that no key
   * remembers can no longer be found, and is forgotten once it is not recent.
   */
  readonly storiesPerKey: number;
  /** Recent articles whose terms say which words are common. */
  readonly termWindow: number;
}

export const DEFAULT_CLUSTERER_OPTIONS: ClustererOptions = {
  recentStories: 512,
  membersPerStory: 24,
  maxStories: 20_000,
  candidatesPerArticle: 16,
  storiesPerKey: 12,
  termWindow: 5000,
};

/** What assigning one article changed. */
export interface StoryAssignment {
  readonly article: string;
  /** The story the article is now in. */
  readonly story: string;
  /**
   * Stories that now go by another id: merged into another story, or renamed because an earlier
   * member arrived. Every article stored under `from` now belongs to `to`.
   */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  /** Undated articles that moved to a story they fit better (apply after `renamed`). */
  readonly moved: readonly { readonly article: string; readonly story: string }[];
}

interface Member {
  readonly profile: Profile;
  /** What it is found under in the index. */
  readonly keys: readonly number[];
  readonly anchor: Anchor;
  story: Story;
  /** How well an undated member fits its story: the best score it links to it with. */
  attach: number;
}

class Story {
  id: string;
  anchor: Anchor;
  /** The earliest member folded into the summary: the anchor once members leave. */
  foldedAnchor: Anchor | null = null;
  readonly members: Member[] = [];
  /** Members no longer kept one by one; frozen small while the story is not recent. */
  summary: StorySummary | null = null;
  /** Span of its dated members, folded ones included; null while it has none. */
  firstDay: number | null = null;
  lastDay: number | null = null;
  undatedMembers = 0;
  /** The index keys it is listed under (a key leaves when the index drops the story from it). */
  keys: number[] = [];
  recent = true;
  mergedInto: Story | null = null;
  removed = false;
  /** Keys it shares with the article being placed (`hitStamp` says which article). */
  hits = 0;
  hitStamp = 0;
  /** Its places in the clusterer's recency lists. */
  readonly keptLinks: Linked<Story> = { older: null, newer: null };
  readonly recentLinks: Linked<Story> = { older: null, newer: null };

  constructor(anchor: Anchor) {
    this.anchor = anchor;
    this.id = storyId(anchor);
  }
}

/** No more keys than this per story, so a story running for months does not grow its index. */
const MAX_KEYS_PER_STORY = 96;

/**
 * @example
 * const clusterer = new StoryClusterer();
 * const { story } = clusterer.assign(storyFeatures(document));
 */
export class StoryClusterer {
  private readonly options: ClustererOptions;
  private readonly index: StoryIndex<Story>;
  private readonly terms: TermStatistics;
  /** Every story kept, least recently touched first. */
  private readonly stories = new Recency<Story>((story) => story.keptLinks);
  /** Stories whose members are kept one by one, least recently touched first. */
  private readonly recent = new Recency<Story>((story) => story.recentLinks);
  /** Members kept one by one, by article id. */
  private readonly members = new Map<string, Member>();
  /** Stories the index dropped from their last key: forgotten unless recent. */
  private unfindable: Story[] = [];
  private stamp = 0;

  constructor(options: Partial<ClustererOptions> = {}) {
    this.options = { ...DEFAULT_CLUSTERER_OPTIONS, ...options };
    this.index = new StoryIndex(this.options.storiesPerKey);
    this.terms = new TermStatistics(this.options.termWindow);
  }

  /**
   * Puts an article into a story and says what changed. An article among the recent members
   * (re-ingested) stays where it is; one whose story is no longer recent is not recognised, so
   * the caller should not assign an article it has already stored.
   * @example clusterer.assign(features) // { article, story: "9c1f...", renamed: [], moved: [] }
   */
  assign(features: StoryFeatures): StoryAssignment {
    const known = this.members.get(features.article);
    if (known !== undefined) {
      return { article: features.article, story: known.story.id, renamed: [], moved: [] };
    }
    const changes = new Changes();
    const profile = this.profile(features);
    const keys = indexKeys(profile);
    const candidates = this.candidates(profile, keys.lookedUp);
    for (const story of candidates) changes.before(story);
    const member =
      profile.firstDay === null
        ? this.placeUndated(profile, keys.listed, candidates)
        : this.placeDated(profile, keys.listed, candidates, changes);
    this.keepBounded(member.story);
    return changes.after(member);
  }

  /**
   * Rebuilds the state from stored features and the stories they were assigned, in the order
   * given (the order they arrived, if the caller kept it). Returns stories whose id the
   * current rule gives differently from the stored one.
   * @example StoryClusterer.restore(rows.map((r) => ({ features: r.features, story: r.story })))
   */
  static restore(
    entries: Iterable<{ readonly features: StoryFeatures; readonly story: string }>,
    options: Partial<ClustererOptions> = {},
  ): { clusterer: StoryClusterer; renamed: { from: string; to: string }[] } {
    const clusterer = new StoryClusterer(options);
    const byStoredId = new Map<string, Story>();
    for (const { features, story: storedId } of entries) {
      if (clusterer.members.has(features.article)) continue;
      const profile = clusterer.profile(features);
      let story = byStoredId.get(storedId);
      if (story === undefined || story.removed) {
        story = clusterer.newStory(anchorOf(profile));
        byStoredId.set(storedId, story);
      }
      clusterer.addMember(story, profile, indexKeys(profile).listed, Number.POSITIVE_INFINITY);
      clusterer.keepBounded(story);
    }
    // Only now that their stories are whole can undated members say how well they fit them.
    for (const member of clusterer.members.values()) {
      if (member.profile.firstDay === null) member.attach = clusterer.bestScore(member);
    }
    const renamed: { from: string; to: string }[] = [];
    for (const [storedId, story] of byStoredId) {
      if (!story.removed && story.id !== storedId) renamed.push({ from: storedId, to: story.id });
    }
    return { clusterer, renamed };
  }

  /** The story of an article among the recent ones, or null. */
  storyOf(article: string): string | null {
    return this.members.get(article)?.story.id ?? null;
  }

  /** What the clusterer holds: what its memory grows with. */
  stats(): { stories: number; recentStories: number; members: number; indexKeys: number } {
    return {
      stories: this.stories.size,
      recentStories: this.recent.size,
      members: this.members.size,
      indexKeys: this.index.size,
    };
  }

  /** The article's profile, its words discounted by how common they are; then counts them. */
  private profile(features: StoryFeatures): Profile {
    const profile = profileOf(features, (terms) => this.terms.reweight(terms));
    this.terms.add(profile.terms.hashes);
    return profile;
  }

  /**
   * A dated article links to dated members within the window; the stories it links are one
   * story from now on. Stories of undated articles only that it links are pulled in, and undated
   * members elsewhere that it fits better than their own story move to it.
   */
  private placeDated(
    profile: Profile,
    keys: readonly number[],
    candidates: readonly Story[],
    changes: Changes,
  ): Member {
    const day = profile.firstDay as number;
    const linked: Story[] = [];
    const pulled: Story[] = [];
    // Undated members the article links: they stay, join it with their story, or move to it.
    const undated: { member: Member; score: number }[] = [];
    for (const story of candidates) {
      let linksDated = false;
      let linksUndated = false;
      for (const member of story.members) {
        const memberDay = member.profile.firstDay;
        if (memberDay !== null && Math.abs(memberDay - day) > WINDOW_DAYS) continue;
        const s = similarity(profile, member.profile);
        if (!isLink(s)) continue;
        if (memberDay !== null) linksDated = true;
        else {
          undated.push({ member, score: s.score });
          if (story.firstDay === null) linksUndated = true;
        }
      }
      if (story.summary !== null && isLink(similarity(profile, story.summary.profile()))) {
        if (story.firstDay !== null) linksDated = true;
        else linksUndated = true;
      }
      if (linksDated) linked.push(story);
      else if (linksUndated) pulled.push(story);
    }
    const target = linked.length > 0 ? this.mergeAll(linked) : this.newStory(anchorOf(profile));
    const member = this.addMember(target, profile, keys, Number.POSITIVE_INFINITY);
    for (const story of pulled) this.merge(story, target);
    for (const { member: mover, score } of undated) {
      if (mover.story === target) mover.attach = Math.max(mover.attach, score);
      else if (fitsBetter(score, target, mover.attach, mover.story)) {
        changes.moved(mover);
        this.move(mover, target, score);
      }
    }
    return member;
  }

  /**
   * An undated article joins the story it links to best, with no window. Other stories of
   * undated articles only that it links are pulled in; stories of dated articles are not merged
   * through it, since nothing says they tell the same happening at the same time.
   */
  private placeUndated(
    profile: Profile,
    keys: readonly number[],
    candidates: readonly Story[],
  ): Member {
    let best: Story | null = null;
    let bestScore = -1;
    const pulled: Story[] = [];
    for (const story of candidates) {
      let score = -1;
      for (const member of story.members) {
        const s = similarity(profile, member.profile);
        if (isLink(s)) score = Math.max(score, s.score);
      }
      if (story.summary !== null) {
        const s = similarity(profile, story.summary.profile());
        if (isLink(s)) score = Math.max(score, s.score);
      }
      if (score < 0) continue;
      if (story.firstDay === null) pulled.push(story);
      if (best === null || fitsBetter(score, story, bestScore, best)) {
        best = story;
        bestScore = score;
      }
    }
    const target = best ?? this.newStory(anchorOf(profile));
    const member = this.addMember(target, profile, keys, Math.max(0, bestScore));
    for (const story of pulled) if (story !== target) this.merge(story, target);
    return member;
  }

  /**
   * The stories worth comparing: those sharing keys with the article, within the window when
   * the article is dated (or holding undated members, which have no window), most keys first.
   */
  private candidates(profile: Profile, keys: readonly number[]): Story[] {
    // Hits are counted on the stories themselves, stamped with the article being placed, rather
    // than in a map made for each article.
    const stamp = ++this.stamp;
    const found: Story[] = [];
    for (const key of keys) {
      const stories = this.index.storiesUnder(key);
      if (stories === undefined) continue;
      for (const story of stories) {
        if (story.hitStamp === stamp) {
          story.hits++;
          continue;
        }
        // Stamped either way, so a story out of reach is judged once per article.
        story.hitStamp = stamp;
        story.hits = 1;
        if (profile.firstDay === null || isWithinReach(story, profile)) found.push(story);
      }
    }
    sortSmall(found, (a, b) => a.hits > b.hits || (a.hits === b.hits && a.id < b.id));
    if (found.length > this.options.candidatesPerArticle) {
      found.length = this.options.candidatesPerArticle;
    }
    return found;
  }

  private newStory(anchor: Anchor): Story {
    const story = new Story(anchor);
    this.stories.touch(story);
    this.recent.touch(story);
    return story;
  }

  private addMember(
    story: Story,
    profile: Profile,
    keys: readonly number[],
    attach: number,
  ): Member {
    const member: Member = { profile, keys, anchor: anchorOf(profile), story, attach };
    story.members.push(member);
    this.members.set(member.anchor.article, member);
    if (profile.firstDay === null) story.undatedMembers++;
    else widen(story, profile.firstDay, profile.lastDay as number);
    if (isEarlier(member.anchor, story.anchor)) setAnchor(story, member.anchor);
    this.indexUnder(story, keys);
    this.touch(story);
    return member;
  }

  /** Lists the story under the keys; a story the index drops from its last key is forgotten. */
  private indexUnder(story: Story, keys: readonly number[]): void {
    for (const key of keys) {
      const listed = story.keys.includes(key);
      if (!listed && story.keys.length >= MAX_KEYS_PER_STORY) continue;
      const dropped = this.index.add(key, story);
      if (!listed) story.keys.push(key);
      if (dropped !== undefined) {
        const at = dropped.keys.indexOf(key);
        if (at >= 0) dropped.keys.splice(at, 1);
        // Forgotten once the article is placed, not while stories are being merged.
        if (dropped.keys.length === 0) this.unfindable.push(dropped);
      }
    }
  }

  private unindex(story: Story): void {
    for (const key of story.keys) this.index.remove(key, story);
    story.keys = [];
  }

  /** Merges the stories into one of them (the one with most members) and returns it. */
  private mergeAll(stories: readonly Story[]): Story {
    let target = stories[0] as Story;
    for (const story of stories) if (story.members.length > target.members.length) target = story;
    for (const story of stories) if (story !== target) this.merge(story, target);
    return target;
  }

  private merge(from: Story, into: Story): void {
    if (from === into || from.removed) return;
    for (const member of from.members) {
      member.story = into;
      into.members.push(member);
    }
    into.undatedMembers += from.undatedMembers;
    if (from.summary !== null) {
      into.summary ??= new StorySummary();
      into.summary.fold(from.summary.profile(), from.summary.count);
    }
    if (from.firstDay !== null) widen(into, from.firstDay, from.lastDay as number);
    if (from.foldedAnchor !== null) {
      if (into.foldedAnchor === null || isEarlier(from.foldedAnchor, into.foldedAnchor)) {
        into.foldedAnchor = from.foldedAnchor;
      }
    }
    if (isEarlier(from.anchor, into.anchor)) setAnchor(into, from.anchor);
    const keys = from.keys;
    this.unindex(from);
    from.mergedInto = into;
    this.drop(from);
    this.indexUnder(into, keys);
    this.touch(into);
  }

  /** Moves an undated member to a story it fits better; its old story may lose its anchor. */
  private move(member: Member, to: Story, score: number): void {
    const from = member.story;
    from.members.splice(from.members.indexOf(member), 1);
    from.undatedMembers--;
    if (from.members.length === 0 && from.summary === null) {
      this.unindex(from);
      this.drop(from);
    } else if (from.anchor === member.anchor) {
      setAnchor(from, earliestAnchor(from));
    }
    member.story = to;
    member.attach = score;
    to.members.push(member);
    to.undatedMembers++;
    if (isEarlier(member.anchor, to.anchor)) setAnchor(to, member.anchor);
    this.indexUnder(to, member.keys);
  }

  private drop(story: Story): void {
    story.removed = true;
    this.stories.remove(story);
    this.recent.remove(story);
  }

  private forget(story: Story): void {
    for (const member of story.members) this.members.delete(member.anchor.article);
    this.unindex(story);
    this.drop(story);
  }

  private touch(story: Story): void {
    this.stories.touch(story);
    story.recent = true;
    this.recent.touch(story);
  }

  /** The best score an undated member links to the rest of its story with. */
  private bestScore(member: Member): number {
    let best = 0;
    for (const other of member.story.members) {
      if (other === member) continue;
      const s = similarity(member.profile, other.profile);
      if (isLink(s)) best = Math.max(best, s.score);
    }
    return best;
  }

  /**
   * Folds the oldest members of an overfull story into its summary; folds all members of stories
   * no longer recent and freezes their summary small; forgets the least recently touched stories
   * past the limit.
   */
  private keepBounded(story: Story): void {
    const { membersPerStory, recentStories, maxStories } = this.options;
    while (story.members.length > membersPerStory) this.fold(story, story.members[0] as Member);
    while (this.recent.size > recentStories) {
      this.retire(this.recent.oldest() as Story);
    }
    while (this.stories.size > maxStories) {
      this.forget(this.stories.oldest() as Story);
    }
    for (const orphan of this.unfindable) {
      if (!orphan.removed && !orphan.recent && orphan.keys.length === 0) this.forget(orphan);
    }
    this.unfindable = [];
  }

  /** A story that is no longer recent keeps a small summary, listed under its own keys only. */
  private retire(story: Story): void {
    while (story.members.length > 0) this.fold(story, story.members[0] as Member);
    this.recent.remove(story);
    story.recent = false;
    const summary = story.summary;
    // A single article's summary is its own profile, listed under its own keys already.
    if (summary === null || summary.count === 1) return;
    summary.freeze();
    const keys = indexKeys(summary.profile()).listed;
    for (const key of story.keys) if (!keys.includes(key)) this.index.remove(key, story);
    story.keys = story.keys.filter((key) => keys.includes(key));
    if (story.keys.length === 0) this.forget(story);
  }

  private fold(story: Story, member: Member): void {
    story.members.splice(story.members.indexOf(member), 1);
    if (member.profile.firstDay === null) story.undatedMembers--;
    story.summary ??= new StorySummary();
    story.summary.fold(member.profile);
    if (story.foldedAnchor === null || isEarlier(member.anchor, story.foldedAnchor)) {
      story.foldedAnchor = member.anchor;
    }
    this.members.delete(member.anchor.article);
  }
}

/** Records the ids of the stories an assignment may change, to report what changed. */
class Changes {
  /** The candidate stories and their ids before the article was placed (candidates are distinct). */
  private readonly stories: Story[] = [];
  private readonly ids: string[] = [];
  private readonly movers: Member[] = [];

  before(story: Story): void {
    this.stories.push(story);
    this.ids.push(story.id);
  }

  moved(member: Member): void {
    this.movers.push(member);
  }

  after(member: Member): StoryAssignment {
    const renamed: { from: string; to: string }[] = [];
    this.stories.forEach((story, i) => {
      const from = this.ids[i] as string;
      const to = survivor(story);
      if (to !== null && to.id !== from) renamed.push({ from, to: to.id });
    });
    const moved = this.movers.map((mover) => ({
      article: mover.anchor.article,
      story: mover.story.id,
    }));
    return { article: member.anchor.article, story: member.story.id, renamed, moved };
  }
}

/** The story a story was merged into, through any number of merges; null if it is gone. */
function survivor(story: Story): Story | null {
  let current = story;
  while (current.mergedInto !== null) current = current.mergedInto;
  return current.removed ? null : current;
}

/**
 * Whether a dated article can link to the story: the story has dated members within the window,
 * or has none, or holds undated members (which have no window and may move to the article).
 */
function isWithinReach(story: Story, profile: Profile): boolean {
  if (story.firstDay === null || story.undatedMembers > 0) return true;
  return (daysApart(story, profile) as number) <= WINDOW_DAYS;
}

/**
 * Scores this close are a tie: word discounts learnt at different moments make the same pair
 * score a little differently depending on which arrived first.
 */
const TIE = 0.005;

/**
 * Whether an undated article fits `story` (with `score`) better than `other` (with
 * `otherScore`); a tie goes to the story with the smaller id, so the choice does not depend on
 * which story it met first.
 */
function fitsBetter(score: number, story: Story, otherScore: number, other: Story): boolean {
  if (Math.abs(score - otherScore) <= TIE) return story.id < other.id;
  return score > otherScore;
}

function anchorOf(profile: Profile): Anchor {
  return { article: profile.article as string, day: profile.firstDay };
}

function setAnchor(story: Story, anchor: Anchor): void {
  story.anchor = anchor;
  story.id = storyId(anchor);
}

function earliestAnchor(story: Story): Anchor {
  let earliest = story.foldedAnchor ?? (story.members[0] as Member).anchor;
  for (const member of story.members)
    if (isEarlier(member.anchor, earliest)) earliest = member.anchor;
  return earliest;
}

function widen(story: Story, firstDay: number, lastDay: number): void {
  story.firstDay = Math.min(story.firstDay ?? firstDay, firstDay);
  story.lastDay = Math.max(story.lastDay ?? lastDay, lastDay);
}
