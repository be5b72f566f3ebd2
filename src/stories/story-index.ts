/**
 * Which stories share a key (a heavy term, a principal actor, an event day) with an article, so
 * that an article is compared with a few candidate stories instead of all of them.
 */

/**
 * An inverted index from keys to stories, each key keeping only its most recently indexed
 * stories: a key that hundreds of stories share tells little, and a bounded list keeps lookups
 * and memory bounded. Lists are short arrays: faster to walk than sets, and cheap to edit.
 */
export class StoryIndex<Story> {
  private readonly postings = new Map<number, Story[]>();

  constructor(private readonly storiesPerKey: number) {}

  /**
   * Indexes `story` under `key`, as its most recent story; returns the story the key no longer
   * remembers to make room, if any.
   */
  add(key: number, story: Story): Story | undefined {
    const stories = this.postings.get(key);
    if (stories === undefined) {
      this.postings.set(key, [story]);
      return undefined;
    }
    if (stories[stories.length - 1] === story) return undefined;
    const at = stories.indexOf(story);
    if (at >= 0) stories.splice(at, 1);
    stories.push(story);
    return stories.length > this.storiesPerKey ? stories.shift() : undefined;
  }

  remove(key: number, story: Story): void {
    const stories = this.postings.get(key);
    if (stories === undefined) return;
    const at = stories.indexOf(story);
    if (at < 0) return;
    if (stories.length === 1) this.postings.delete(key);
    else stories.splice(at, 1);
  }

  /** The stories indexed under `key`, most recent last. */
  storiesUnder(key: number): readonly Story[] | undefined {
    return this.postings.get(key);
  }

  /** How many keys are indexed. */
  get size(): number {
    return this.postings.size;
  }
}
