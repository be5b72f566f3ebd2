import { describe, expect, it } from "vitest";
import { readDigits, readSpelled } from "./numbers.js";
import { loadFigureVocabulary } from "./vocabulary.js";

describe("readDigits", () => {
  it("reads thousands commas and decimals, and says the number was punctuated", () => {
    expect(readDigits("about 7,240 TEU", 6)).toEqual({
      value: 7240,
      end: 11,
      spelled: false,
      punctuated: true,
    });
    expect(readDigits("$187.4 billion", 1)).toMatchObject({
      value: 187.4,
      end: 6,
      punctuated: true,
    });
    expect(readDigits("in 2024.", 3)).toMatchObject({ value: 2024, end: 7, punctuated: false });
  });

  it("refuses commas that are not thousands", () => {
    expect(readDigits("1,23 and 7,2400", 0)).toBeNull();
    expect(readDigits("in 2023, 5 percent", 3)).toMatchObject({ value: 2023, end: 7 });
  });
});

describe("readSpelled", () => {
  const vocabulary = loadFigureVocabulary();
  it.each([
    ["two thousand troops", 2, 3],
    ["twenty-five people", 25, 11],
    ["one hundred and twenty people", 120, 22],
    ["Seventeen people", 17, 9],
    ["a million", 1, 1],
    ["half a million", 0.5, 6],
  ])("reads %s", (text, value, end) => {
    expect(readSpelled(text, 0, vocabulary)).toMatchObject({ value, end, spelled: true });
  });

  it("ends on a number word, not on 'and'", () => {
    expect(readSpelled("two and more", 0, vocabulary)).toMatchObject({ value: 2, end: 3 });
  });

  it("reads nothing where no number is spelled", () => {
    expect(readSpelled("the talks", 0, vocabulary)).toBeNull();
  });
});
