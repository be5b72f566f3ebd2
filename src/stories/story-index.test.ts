/** Tests for the bounded inverted index of stories. */

import { describe, expect, it } from "vitest";
import { StoryIndex } from "./story-index.js";

describe("StoryIndex", () => {
  it("keeps the most recently indexed stories per key and says which one it dropped", () => {
    const index = new StoryIndex<string>(2);
    expect(index.add(1, "a")).toBeUndefined();
    expect(index.add(1, "b")).toBeUndefined();
    expect(index.add(1, "a")).toBeUndefined(); // "a" is now the most recent
    expect(index.add(1, "c")).toBe("b");
    expect(index.storiesUnder(1)).toEqual(["a", "c"]);
  });

  it("removes stories and keys that no longer list any", () => {
    const index = new StoryIndex<string>(4);
    index.add(7, "a");
    index.add(8, "a");
    index.add(8, "b");
    index.remove(7, "a");
    index.remove(8, "a");
    expect(index.storiesUnder(7)).toBeUndefined();
    expect(index.storiesUnder(8)).toEqual(["b"]);
    expect(index.size).toBe(1);
  });
});
