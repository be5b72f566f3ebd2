import { code as currencyCode } from "currency-codes";
import { describe, expect, it } from "vitest";
import { readDataLines } from "../word-lists.js";
import { buildVocabulary, loadFigureVocabulary } from "./vocabulary.js";

describe("figure vocabulary (data/figures/)", () => {
  const vocabulary = loadFigureVocabulary();

  it("names every currency by a current ISO 4217 code", () => {
    const codes = new Set([
      ...vocabulary.currencyBefore.values(),
      ...vocabulary.currencyAfter.values(),
    ]);
    expect(codes.size).toBeGreaterThan(40);
    for (const code of codes) expect(currencyCode(code)?.code, code).toBe(code);
  });

  it("gives each written currency form one code", () => {
    const seen = new Map<string, string>();
    for (const line of readDataLines("figures/currencies.tsv")) {
      const [form = "", code = "", where = ""] = line.split("\t");
      const key = `${where === "before" ? form : form.toLowerCase()}|${where}`;
      expect(seen.get(key) ?? code, `${form} (${where})`).toBe(code);
      seen.set(key, code);
    }
  });

  it("keeps $ for the US dollar and the prefixed dollars apart", () => {
    expect(vocabulary.currencyBefore.get("$")).toBe("USD");
    expect(vocabulary.currencyBefore.get("A$")).toBe("AUD");
    expect(vocabulary.currencyBefore.get("HK$")).toBe("HKD");
    expect(vocabulary.currencyAfter.get("dong")).toBe("VND");
    expect(vocabulary.currencyAfter.get("VND")).toBe("VND");
  });

  it("scales by powers of ten, lakh and crore included", () => {
    expect(vocabulary.scales.get("billion")).toBe(1e9);
    expect(vocabulary.scales.get("bn")).toBe(1e9);
    expect(vocabulary.scales.get("crore")).toBe(1e7);
    for (const multiplier of vocabulary.scales.values())
      expect(Number.isFinite(multiplier)).toBe(true);
  });

  it("refuses a malformed row with the file it is in", () => {
    const read = (name: string) =>
      name === "units.tsv" ? ["percent"] : readDataLines(`figures/${name}`);
    expect(() => buildVocabulary(read)).toThrow(/units\.tsv: bad row "percent"/);
  });
});
