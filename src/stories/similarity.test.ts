/** Tests for how alike two articles are, and when that links them into one story. */

import { describe, expect, it } from "vitest";
import { CLASH_WORDS, featuresOf, SUMMIT_WORDS } from "./features.fixture.js";
import { profileOf } from "./profile.js";
import { isLink, LINK_SCORE, similarity, UNDATED_LINK_SCORE, WINDOW_DAYS } from "./similarity.js";

const summit = (
  article: string,
  published: string | null,
  extra: Partial<Parameters<typeof featuresOf>[0]> = {},
) => profileOf(featuresOf({ article, published, words: SUMMIT_WORDS, ...extra }));

describe("similarity", () => {
  it("scores two copies of a story as the same words, and links them", () => {
    const s = similarity(summit("a", "2024-05-10"), summit("b", "2024-05-11"));
    expect(s.text).toBeCloseTo(1, 6);
    expect(s.daysApart).toBe(1);
    expect(isLink(s)).toBe(true);
  });

  it("does not link the same words further apart than the window", () => {
    const s = similarity(summit("a", "2024-05-10"), summit("b", `2024-05-${10 + WINDOW_DAYS + 1}`));
    expect(s.daysApart).toBe(WINDOW_DAYS + 1);
    expect(isLink(s)).toBe(false);
  });

  it("does not link different happenings between the same countries on the same day", () => {
    const countries = ["country:ARM", "country:AZE"];
    const a = summit("a", "2024-05-17", { countries });
    const b = profileOf(
      featuresOf({ article: "b", published: "2024-05-17", words: CLASH_WORDS, countries }),
    );
    const s = similarity(a, b);
    expect(s.countries).toBe(1);
    expect(s.text).toBe(0);
    expect(isLink(s)).toBe(false);
  });

  it("asks more of an undated pair than of a dated one", () => {
    expect(UNDATED_LINK_SCORE).toBeGreaterThan(LINK_SCORE);
    // Nine words of twenty in common: enough within the window, not without dates.
    const half = [
      ...SUMMIT_WORDS.split(" ").slice(0, 9),
      ...CLASH_WORDS.split(" ").slice(0, 11),
    ].join(" ");
    const dated = similarity(
      summit("a", "2024-05-10"),
      profileOf(featuresOf({ article: "b", published: "2024-05-10", words: half })),
    );
    const undated = similarity(
      summit("a", null),
      profileOf(featuresOf({ article: "b", words: half })),
    );
    expect(dated.score).toBeCloseTo(undated.score, 6);
    expect(dated.score).toBeGreaterThan(LINK_SCORE);
    expect(dated.score).toBeLessThan(UNDATED_LINK_SCORE);
    expect(isLink(dated)).toBe(true);
    expect(isLink(undated)).toBe(false);
  });

  it("counts a shared day-dated event, and half for the same countries on the same day", () => {
    const a = summit("a", "2024-05-10", { eventKeys: ["ARM-AZE|2024-05-10|04"] });
    const sameEvent = summit("b", "2024-05-10", { eventKeys: ["ARM-AZE|2024-05-10|04"] });
    const sameDay = summit("c", "2024-05-10", { eventKeys: ["ARM-AZE|2024-05-10|03"] });
    expect(similarity(a, sameEvent).events).toBe(0.5);
    expect(similarity(a, sameDay).events).toBe(0.25);
  });

  it("is symmetric", () => {
    const a = summit("a", "2024-05-10", { named: ["person:narek tevosyan"] });
    const b = profileOf(
      featuresOf({
        article: "b",
        published: "2024-05-12",
        words: `${CLASH_WORDS} summit almaty`,
        named: ["person:narek tevosyan", "person:elchin rustamli"],
      }),
    );
    expect(similarity(a, b)).toEqual(similarity(b, a));
  });
});
