/**
 * Least-recently-touched order kept in the items themselves (a doubly linked list through two
 * fields), so touching an item allocates nothing: a Set used as an LRU re-hashes its table as
 * deletions pile up, once per few hundred articles, at the size of every story kept.
 */

/** The links an item carries for one recency list. */
export interface Linked<T> {
  older: T | null;
  newer: T | null;
}

/**
 * One recency list over items that keep their links under `links(item)` (an item can be on
 * several lists, each with its own links).
 * @example const recent = new Recency<Story>((s) => s.recentLinks); recent.touch(story);
 */
export class Recency<T> {
  private oldestItem: T | null = null;
  private newestItem: T | null = null;
  private count = 0;

  constructor(private readonly links: (item: T) => Linked<T>) {}

  get size(): number {
    return this.count;
  }

  /** The least recently touched item, or null when the list is empty. */
  oldest(): T | null {
    return this.oldestItem;
  }

  has(item: T): boolean {
    const link = this.links(item);
    return link.older !== null || link.newer !== null || this.newestItem === item;
  }

  /** Makes the item the most recently touched, adding it if it was not on the list. */
  touch(item: T): void {
    if (this.newestItem === item) return;
    this.remove(item);
    const link = this.links(item);
    link.older = this.newestItem;
    link.newer = null;
    if (this.newestItem !== null) this.links(this.newestItem).newer = item;
    this.newestItem = item;
    this.oldestItem ??= item;
    this.count++;
  }

  remove(item: T): void {
    if (!this.has(item)) return;
    const link = this.links(item);
    if (link.older !== null) this.links(link.older).newer = link.newer;
    else this.oldestItem = link.newer;
    if (link.newer !== null) this.links(link.newer).older = link.older;
    else this.newestItem = link.older;
    link.older = null;
    link.newer = null;
    this.count--;
  }
}
