/** Tests for reading content terms: stop words, stems, lead weight, excluded country names. */

import { describe, expect, it } from "vitest";
import { createTermReader, defaultTermReader, LEAD_WORDS, termHash, termHashes } from "./terms.js";

const reader = () => createTermReader(new Set(["the", "and", "said", "was", "with"]), 5);

function repeat(word: string, times: number): string {
  return Array.from({ length: times }, () => word).join(" ");
}

describe("TermReader.read", () => {
  it("leaves out stop words, numbers, words with digits and short words; stems the rest", () => {
    const { terms } = createTermReader(new Set(["the"]), 40).read(
      "The 19 fishermen of the G20 boats, seized in mid-2024, were FREED.",
      [],
    );
    expect(terms).toEqual(["fishermen", "boat", "seiz", "mid", "were", "free"]);
  });

  it("weighs repeated words sublinearly and words of the lead double", () => {
    const filler = repeat("filler", LEAD_WORDS);
    const { terms, weights } = createTermReader(new Set(), 40).read(
      `clash ${filler} border border border border`,
      [],
    );
    const weight = (term: string) => weights[terms.indexOf(term)];
    expect(weight("clash")).toBe(2); // once, in the lead
    expect(weight("border")).toBeCloseTo(1 + Math.log(4), 3); // four times, after the lead
  });

  it("keeps the heaviest terms, equal ones in order of first occurrence", () => {
    const { terms } = reader().read("alpha beta gamma delta gamma epsilon zeta eta theta", []);
    expect(terms).toEqual(["gamma", "alpha", "beta", "delta", "epsilon"]);
  });

  it("skips capitalised words inside excluded spans but keeps the other words there", () => {
    const text = "Armenian soldiers fired near Armenian villages.";
    const { terms } = createTermReader(new Set(), 40).read(text, [{ start: 0, end: 17 }]);
    expect(terms).toEqual(["soldier", "fir", "near", "armenian", "villag"]);
  });

  it("reads letters of other scripts as words and splits on curly apostrophes", () => {
    const { terms } = createTermReader(new Set(), 40).read("Tô Lâm’s visit to Đà Nẵng", []);
    expect(terms).toContain("lâm");
    expect(terms).toContain("nẵng");
    expect(terms).toContain("visit");
  });

  it("says where the lead ends", () => {
    const text = `${repeat("word", LEAD_WORDS)} after`;
    expect(createTermReader(new Set(), 40).read(text, []).leadEnd).toBe(5 * LEAD_WORDS - 1);
    expect(createTermReader(new Set(), 40).read("short text", []).leadEnd).toBe(10);
  });

  it("gives the same terms when a text is read again, after other texts", () => {
    const r = defaultTermReader();
    const text = "Malaysian patrol boats detained three Indonesian fishing boats at dawn.";
    const first = r.read(text, []);
    r.read("Unrelated words about a rail bridge over the Oder river.", []);
    expect(r.read(text, [])).toEqual(first);
  });
});

describe("termHashes", () => {
  it("equals hashing each term, whether the list was just read or comes from storage", () => {
    const { terms } = defaultTermReader().read("Troops clashed at the border overnight.", []);
    const stored = JSON.parse(JSON.stringify(terms)) as string[];
    expect(termHashes(terms)).toEqual(stored.map(termHash));
    expect(termHashes(stored)).toEqual(stored.map(termHash));
  });

  it("hashes to 31-bit integers", () => {
    for (const term of ["visit", "clash", "person:xi jinping", "ARM-AZE|2024-05-17"]) {
      const hash = termHash(term);
      expect(Number.isInteger(hash)).toBe(true);
      expect(Math.abs(hash)).toBeLessThanOrEqual(2 ** 30);
    }
  });
});
