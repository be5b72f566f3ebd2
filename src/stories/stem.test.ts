/** Tests for the light stemmer: the forms a follow-up uses for the same word meet. */

import { describe, expect, it } from "vitest";
import { stem } from "./stem.js";

describe("stem", () => {
  it.each([
    [["visit", "visits", "visited", "visiting"]],
    [["talk", "talks", "talked", "talking"]],
    [["agree", "agreed", "agrees"]],
    [["free", "freed", "frees"]],
    [["policy", "policies"]],
    [["seizure", "seizures"]],
    [["stop", "stopped", "stopping"]],
    [["clash", "clashes"]],
    [["kill", "killed", "kills"]],
  ])("gives one stem to %j", (forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it("keeps words apart that only look alike at the end", () => {
    expect(stem("visit")).not.toBe(stem("vision"));
    expect(stem("talk")).not.toBe(stem("tall"));
  });

  it("leaves short words and -ss, -us, -is endings alone", () => {
    expect(stem("bus")).toBe("bus");
    expect(stem("press")).toBe("press");
    expect(stem("crisis")).toBe("crisis");
    expect(stem("census")).toBe("census");
  });

  it("does not strip -ing or -ed from a word with no vowel before it", () => {
    expect(stem("sing")).toBe("sing");
    expect(stem("bring")).toBe("bring");
  });
});
