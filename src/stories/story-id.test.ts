/** Tests for story ids: from the earliest member, stable, and unlike article ids. */

import { describe, expect, it } from "vitest";
import { isEarlier, storyId } from "./story-id.js";
import { dayDate, dayNumber } from "./days.js";

describe("isEarlier", () => {
  it("orders dated before undated, then by day, then by article id", () => {
    expect(isEarlier({ article: "b", day: 1 }, { article: "a", day: 2 })).toBe(true);
    expect(isEarlier({ article: "b", day: 5 }, { article: "a", day: null })).toBe(true);
    expect(isEarlier({ article: "a", day: null }, { article: "b", day: 5 })).toBe(false);
    expect(isEarlier({ article: "a", day: 3 }, { article: "b", day: 3 })).toBe(true);
    expect(isEarlier({ article: "a", day: null }, { article: "b", day: null })).toBe(true);
  });
});

describe("storyId", () => {
  it("is 16 hex digits that depend on the article only", () => {
    const id = storyId({ article: "3256c3d8c2c2f3af", day: 19822 });
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(storyId({ article: "3256c3d8c2c2f3af", day: null })).toBe(id);
    expect(storyId({ article: "3256c3d8c2c2f3b0", day: 19822 })).not.toBe(id);
    expect(id).not.toBe("3256c3d8c2c2f3af");
  });
});

describe("dayNumber", () => {
  it("counts days since 1970 and back", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber(null)).toBeNull();
    expect(dayDate(dayNumber("2024-02-29") as number)).toBe("2024-02-29");
    expect((dayNumber("2024-03-01") as number) - (dayNumber("2024-02-28") as number)).toBe(2);
  });
});
