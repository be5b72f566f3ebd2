import { describe, expect, it } from "vitest";
import { loadBundledDictionaries, validateBundled } from "./load.js";

describe("loadBundledDictionaries", () => {
  const dictionaries = loadBundledDictionaries();

  it("ships bundled files that pass the full dictionary validator", () => {
    expect(validateBundled()).toEqual([]);
  });

  it("reads the files once and returns the same arrays after", () => {
    expect(loadBundledDictionaries()).toBe(dictionaries);
  });

  it("knows countries by name, adjective and capital", () => {
    const vietnam = dictionaries.countries.find((c) => c.code === "VNM");
    expect(vietnam?.names[0]).toBe("Vietnam");
    expect(vietnam?.names).toContain("Viet Nam");
    expect(vietnam?.adjectives).toContain("Vietnamese");
    expect(vietnam?.capitals).toEqual(["Hanoi"]);
    const usa = dictionaries.countries.find((c) => c.code === "USA");
    expect(usa?.names).toEqual(expect.arrayContaining(["United States", "U.S.", "America"]));
    expect(usa?.adjectives).toContain("American");
    expect(usa?.capitals).toContain("Washington");
    const saudi = dictionaries.countries.find((c) => c.code === "SAU");
    expect(saudi?.adjectives).toEqual(["Saudi", "Saudi Arabian"]);
    expect(dictionaries.countries.find((c) => c.code === "CHN")?.capitals).toEqual(["Beijing"]);
    expect(dictionaries.countries.find((c) => c.code === "RUS")?.capitals).toEqual(["Moscow"]);
  });

  it("keeps cities other than capitals out of the country entries", () => {
    const vietnam = dictionaries.countries.find((c) => c.code === "VNM");
    const words = [...(vietnam?.names ?? []), ...(vietnam?.adjectives ?? [])];
    expect(words).not.toContain("Saigon");
    expect(words).not.toContain("Haiphong");
  });

  it("codes sector nouns, with their plurals", () => {
    const sectorOf = (phrase: string) =>
      dictionaries.agents.find((a) => a.phrases.includes(phrase))?.sector;
    expect(sectorOf("foreign minister")).toBe("GOV");
    expect(sectorOf("foreign ministers")).toBe("GOV");
    expect(sectorOf("soldiers")).toBe("MIL");
    expect(sectorOf("lawmakers")).toBe("LEG");
    expect(sectorOf("rebels")).toBe("REB");
    expect(sectorOf("police")).toBe("COP");
  });

  it("has people with dated codes and organisations with IGO codes", () => {
    const xi = dictionaries.people.filter((p) => p.name === "Xi Jinping");
    expect(xi.flatMap((p) => p.codes)).toContainEqual({
      code: "CHNGOV",
      from: "2012-11-15",
      to: null,
    });
    const un = dictionaries.organisations.find((o) => o.phrases.includes("united nations"));
    expect(un?.codes).toEqual([{ code: "IGOUNO", from: null, to: null }]);
    expect(un?.source).toMatch(/^petrarch2\/Phoenix\.International\.actors\.txt:\d+$/);
  });
});
