import { describe, expect, it } from "vitest";
import { loadQuoteWords, parseSpeechVerbs } from "./quote-words.js";

describe("quote words", () => {
  it("parses what each reporting verb can do", () => {
    const verbs = parseSpeechVerbs("# comment\nsaid clause\ntold clause,recipient\nstressed that");
    expect(verbs.get("told")).toEqual({
      clause: true,
      that: false,
      recipient: true,
      participle: false,
      fragment: false,
    });
    expect(verbs.get("stressed")?.that).toBe(true);
  });

  it("refuses entries it could not use instead of dropping them", () => {
    expect(() => parseSpeechVerbs("said claus")).toThrow(/cannot use entry "said claus"/);
    expect(() => parseSpeechVerbs("Said clause")).toThrow(/lower case/);
    expect(() => parseSpeechVerbs("said")).toThrow(/cannot use entry/);
  });

  it("loads the bundled lists, with a length filter that admits every cue", () => {
    const words = loadQuoteWords();
    expect(words.verbs.get("said")?.clause).toBe(true);
    expect(words.sourcePhrases.get("according")).toBe("to");
    for (const word of [...words.verbs.keys(), ...words.sourcePhrases.keys()]) {
      const bits = words.cueLengths[word.charCodeAt(0) - 97] as number;
      expect(bits & (1 << word.length)).not.toBe(0);
    }
  });
});
