/** Tests for the discount of words that most recent articles use. */

import { describe, expect, it } from "vitest";
import { TermStatistics } from "./term-statistics.js";

describe("TermStatistics", () => {
  it("does not discount a rare word, and discounts a word every article uses", () => {
    const stats = new TermStatistics(5000);
    for (let i = 0; i < 2000; i++) stats.add([1, 1000 + i]);
    expect(stats.discount(1000)).toBe(1);
    expect(stats.discount(1)).toBeCloseTo(0.05, 6);
    expect(stats.discount(999_999)).toBe(1);
  });

  it("hardly discounts anything in a small collection, so order matters little there", () => {
    const stats = new TermStatistics(5000);
    for (let i = 0; i < 40; i++) stats.add([1]);
    expect(stats.discount(1)).toBeGreaterThan(0.95);
  });

  it("forgets articles older than its window", () => {
    const stats = new TermStatistics(1000);
    for (let i = 0; i < 1000; i++) stats.add([1]);
    for (let i = 0; i < 1000; i++) stats.add([2]);
    expect(stats.discount(1)).toBe(1);
    expect(stats.discount(2)).toBeCloseTo(0.05, 6);
  });

  it("reweights a vector to unit length", () => {
    const stats = new TermStatistics(5000);
    for (let i = 0; i < 2000; i++) stats.add([1]);
    const { weights } = stats.reweight({ hashes: [1, 2], weights: [0.6, 0.8] });
    expect(Math.hypot(...weights)).toBeCloseTo(1, 9);
    expect(weights[1] as number).toBeGreaterThan(0.99);
  });
});
