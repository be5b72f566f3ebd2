/**
 * Sorting for the short lists of an article (a few dozen items at most): an insertion sort in
 * place. The built-in sort copies the list into a work array first, and that allocation, for
 * each of several lists per article, was a good share of the garbage story clustering made.
 */

/**
 * Sorts `items` in place so that no item comes after one it is `before`; stable.
 * @example sortSmall(["b", "a"], (x, y) => x < y) // ["a", "b"]
 */
export function sortSmall<T>(items: T[], before: (a: T, b: T) => boolean): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && before(item, items[j] as T)) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** Strings in code-unit order, as `Array.prototype.sort()` puts them. */
export function sortStrings(items: string[]): string[] {
  return sortSmall(items, (a, b) => a < b);
}
