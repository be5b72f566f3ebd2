import { describe, expect, it } from "vitest";
import { lexicon } from "./lexicon.fixture.js";
import { codePhrase } from "./phrase.js";

describe("codePhrase", () => {
  const l = lexicon();

  it("combines a possessive country with a sector noun", () => {
    expect(codePhrase(l, "Peru's Interior Ministry")).toEqual({
      name: "Peru's Interior Ministry",
      code: "PERGOV",
      country: "PER",
      sector: "GOV",
      rules: ["countries:Peru", "agents:interior ministry"],
    });
  });

  it.each([
    ["Russian warplanes", "RUSMIL", "RUS", "MIL"],
    ["three Egyptian fishermen", "EGYCVL", "EGY", "CVL"],
    ["Peruvian agriculture ministry", "PERGOVAGR", "PER", "GOV"],
    ["the People’s Republic of China", "CHN", "CHN", null],
    ["Hanoi", "VNM", "VNM", null],
  ])("codes %s as %s", (phrase, code, country, sector) => {
    expect(codePhrase(l, phrase)).toMatchObject({ code, country, sector });
  });

  it("picks the code a known person held on the date", () => {
    expect(codePhrase(l, "President Xi Jinping", "2024-08-19")).toMatchObject({
      name: "Xi Jinping",
      code: "CHNGOV",
      country: "CHN",
      sector: "GOV",
    });
    expect(codePhrase(l, "Xi Jinping", "2010-01-01")).toMatchObject({ code: "CHNELI" });
    expect(codePhrase(l, "Xi Jinping")).toMatchObject({ code: "CHNGOV" });
  });

  it("keeps an organisation's code whole, without inventing a sector", () => {
    expect(codePhrase(l, "the United Nations")).toMatchObject({
      code: "IGOUNO",
      country: "IGOUNO",
      sector: null,
    });
  });

  it("returns nulls for an unknown phrase, never a default", () => {
    expect(codePhrase(l, "a passing cyclist")).toEqual({
      name: "a passing cyclist",
      code: null,
      country: null,
      sector: null,
      rules: [],
    });
  });
});
