/** Tests for story summaries: one member is itself, several a centroid, frozen ones small. */

import { describe, expect, it } from "vitest";
import { CLASH_WORDS, featuresOf, SUMMIT_WORDS } from "./features.fixture.js";
import { profileOf } from "./profile.js";
import { similarity } from "./similarity.js";
import { StorySummary } from "./summary.js";

const summit = profileOf(
  featuresOf({
    article: "a",
    published: "2024-05-10",
    words: SUMMIT_WORDS,
    eventKeys: ["ARM-AZE|2024-05-10|04"],
  }),
);
const followUp = profileOf(
  featuresOf({ article: "b", published: "2024-05-12", words: `${SUMMIT_WORDS} signing ceremony` }),
);
const clash = profileOf(featuresOf({ article: "c", published: "2024-05-17", words: CLASH_WORDS }));

describe("StorySummary", () => {
  it("is its one member while it has one", () => {
    const summary = new StorySummary();
    summary.fold(summit);
    expect(summary.profile()).toBe(summit);
    expect(summary.count).toBe(1);
  });

  it("sums members into a centroid spanning their dates", () => {
    const summary = new StorySummary();
    summary.fold(summit);
    summary.fold(followUp);
    const profile = summary.profile();
    expect(summary.count).toBe(2);
    expect([profile.firstDay, profile.lastDay]).toEqual([summit.firstDay, followUp.lastDay]);
    expect(similarity(profile, summit).text).toBeGreaterThan(0.9);
    expect(similarity(profile, clash).text).toBe(0);
    expect(profile.eventKeys).toEqual(["ARM-AZE|2024-05-10|04"]);
  });

  it("freezes to a smaller profile that still recognises the story, and folds again", () => {
    const summary = new StorySummary();
    summary.fold(summit);
    summary.fold(followUp);
    summary.freeze();
    const frozen = summary.profile();
    expect(frozen.terms.hashes.length).toBeLessThan(summit.terms.hashes.length);
    expect(similarity(frozen, followUp).text).toBeGreaterThan(0.7);
    summary.fold(clash);
    expect(summary.count).toBe(3);
    expect(summary.profile().lastDay).toBe(clash.lastDay);
  });
});
