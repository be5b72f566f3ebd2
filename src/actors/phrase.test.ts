import { describe, expect, it } from "vitest";
import { Lexicon, type LexiconSense } from "./lexicon.js";
import { codePhrase } from "./phrase.js";
import { wordsOf } from "./words.js";

/** A small hand-written lexicon: the bundled dictionaries are tested where they are loaded. */
function lexicon(): Lexicon {
  const l = new Lexicon();
  const add = (phrase: string, sense: LexiconSense) => l.add(wordsOf(phrase).words, sense);
  add("Peru", { kind: "country", country: "PER", rule: "countries:Peru" });
  add("Peruvian", { kind: "adjective", country: "PER", rule: "countries:Peruvian" });
  add("Russian", { kind: "adjective", country: "RUS", rule: "countries:Russian" });
  add("Egyptian", { kind: "adjective", country: "EGY", rule: "countries:Egyptian" });
  add("Hanoi", { kind: "capital", country: "VNM", rule: "countries:Hanoi" });
  add("People's Republic of China", { kind: "country", country: "CHN", rule: "countries:PRC" });
  add("interior ministry", { kind: "agent", sector: "GOV", rule: "agents:interior ministry" });
  add("agriculture ministry", { kind: "agent", sector: "GOVAGR", rule: "agents:agriculture" });
  add("warplanes", { kind: "agent", sector: "MIL", rule: "agents:warplane" });
  add("fishermen", { kind: "agent", sector: "CVL", rule: "agents:fisherman" });
  add("Xi Jinping", {
    kind: "actor",
    name: "Xi Jinping",
    codes: [
      { code: "CHNELI", from: null, to: "2012-11-14" },
      { code: "CHNGOV", from: "2012-11-15", to: null },
    ],
    rule: "people:Xi Jinping",
  });
  add("United Nations", {
    kind: "actor",
    name: "United Nations",
    codes: [{ code: "IGOUNO", from: null, to: null }],
    rule: "organisations:United Nations",
  });
  return l;
}

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
      country: "IGO",
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
