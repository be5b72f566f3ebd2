/** Tests for sorting short lists in place. */

import { describe, expect, it } from "vitest";
import { mulberry32 } from "../bench/prng.js";
import { sortSmall, sortStrings } from "./small-sort.js";

describe("sortSmall", () => {
  it("sorts like the built-in sort, keeping equal items in order", () => {
    const random = mulberry32(3);
    for (let n = 0; n < 40; n++) {
      const items = Array.from({ length: n }, (_, i) => ({ key: Math.floor(random() * 5), i }));
      const expected = [...items].sort((a, b) => a.key - b.key);
      expect(sortSmall(items, (a, b) => a.key < b.key)).toEqual(expected);
    }
  });

  it("orders strings by code unit", () => {
    expect(sortStrings(["b", "B", "a", "ab"])).toEqual(["B", "a", "ab", "b"]);
  });
});
