/** Tests for the recency list kept in the items themselves. */

import { describe, expect, it } from "vitest";
import { type Linked, Recency } from "./recency.js";

interface Item {
  readonly name: string;
  readonly links: Linked<Item>;
}

const item = (name: string): Item => ({ name, links: { older: null, newer: null } });

function drain(list: Recency<Item>): string[] {
  const names: string[] = [];
  for (let oldest = list.oldest(); oldest !== null; oldest = list.oldest()) {
    names.push(oldest.name);
    list.remove(oldest);
  }
  return names;
}

describe("Recency", () => {
  it("gives items back least recently touched first", () => {
    const list = new Recency<Item>((i) => i.links);
    const [a, b, c] = [item("a"), item("b"), item("c")];
    list.touch(a);
    list.touch(b);
    list.touch(c);
    list.touch(a);
    list.touch(a);
    expect(list.size).toBe(3);
    expect(drain(list)).toEqual(["b", "c", "a"]);
    expect(list.size).toBe(0);
  });

  it("removes items from anywhere, and ignores items not on it", () => {
    const list = new Recency<Item>((i) => i.links);
    const [a, b, c, d] = [item("a"), item("b"), item("c"), item("d")];
    for (const i of [a, b, c]) list.touch(i);
    list.remove(b);
    list.remove(d);
    expect(list.has(b)).toBe(false);
    expect(list.has(a)).toBe(true);
    expect(drain(list)).toEqual(["a", "c"]);
  });
});
