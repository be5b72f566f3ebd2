import { describe, expect, it } from "vitest";
import { figuresOf } from "./pipeline.fixture.js";

/** The one figure of `text`, failing the test when there is not exactly one. */
function only(text: string, published: string | null = "2024-08-20") {
  const figures = figuresOf(text, published);
  expect(figures.map((f) => f.text)).toHaveLength(1);
  return figures[0] as NonNullable<(typeof figures)[0]>;
}

describe("figures: value, unit and scale", () => {
  it("applies scale words and reads the currency symbol", () => {
    const text = "Trade between the two countries reached $187.4 billion in 2023.";
    const figure = only(text);
    expect(figure).toMatchObject({
      kind: "figure-mention",
      text: "$187.4 billion",
      value: 187_400_000_000,
      unit: "USD",
      scaleApplied: true,
      valueTo: null,
      approximation: null,
      change: null,
      measure: "trade",
      date: "2023",
      sentence: 0,
    });
    expect(text.slice(figure.dateEvidence?.start, figure.dateEvidence?.end)).toBe("2023");
    expect(figure.rules).toContain("figure:scale");
  });

  it("tells dollars apart by their prefix and reads currency words and codes", () => {
    const units = figuresOf(
      "Canberra gave A$25 million, Hong Kong HK$2.5 billion, Singapore S$40m and Washington US$3bn. " +
        "Beijing lent 6.5 billion yuan and Brussels 150 million euros. " +
        "Hanoi spent VND 1,025 trillion and 4.2 billion dong; Delhi 210 billion rupees.",
    ).map((f) => [f.text, f.unit, f.value]);
    expect(units).toEqual([
      ["A$25 million", "AUD", 25e6],
      ["HK$2.5 billion", "HKD", 2.5e9],
      ["S$40m", "SGD", 40e6],
      ["US$3bn", "USD", 3e9],
      ["6.5 billion yuan", "CNY", 6.5e9],
      ["150 million euros", "EUR", 150e6],
      ["VND 1,025 trillion", "VND", 1.025e15],
      ["4.2 billion dong", "VND", 4.2e9],
      ["210 billion rupees", "INR", 210e9],
    ]);
  });

  it("reads percentages, tonnes, TEU and counted people and troops", () => {
    const figures = figuresOf(
      "Exports rose 18.6% to 2.9 million tonnes, and the port handled 7,240 twenty-foot equivalent " +
        "units. Police said 7 people were detained and 3,000 Ghanaian troops were deployed.",
    );
    expect(figures.map((f) => [f.text, f.unit, f.value])).toEqual([
      ["18.6%", "percent", 18.6],
      ["2.9 million tonnes", "tonnes", 2.9e6],
      ["7,240 twenty-foot equivalent units", "TEU", 7240],
      ["7 people", "people", 7],
      ["3,000 Ghanaian troops", "troops", 3000],
    ]);
    expect(figures[3]?.measure).toBe("people detained");
    expect(figures[4]?.measure).toBe("Ghanaian troops deployed");
  });

  it("reads spelled numbers with a unit or scale, with the numbered package", () => {
    const figures = figuresOf(
      "More than two thousand troops and half a million refugees crossed; seven people died.",
    );
    expect(figures.map((f) => [f.text, f.value, f.unit, f.scaleApplied])).toEqual([
      ["two thousand troops", 2000, "troops", true],
      ["half a million refugees", 500_000, "people", true],
      ["seven people", 7, "people", false],
    ]);
    expect(figures[0]?.approximation).toBe("More than");
  });

  it("keeps a bare count with what it counts", () => {
    const figure = only("The ministry approved 1,873 new work permits for nurses.");
    expect(figure).toMatchObject({
      text: "1,873",
      value: 1873,
      unit: null,
      measure: "new work permits",
    });
  });
});

describe("figures: ranges, approximations and changes", () => {
  it("keeps ranges with both ends scaled", () => {
    const figures = figuresOf(
      "Prices rose between 20 and 30 percent. Losses are put at $2-3 billion, and 150 to 200 migrants are missing.",
    );
    expect(figures.map((f) => [f.text, f.value, f.valueTo, f.unit])).toEqual([
      ["20 and 30 percent", 20, 30, "percent"],
      ["$2-3 billion", 2e9, 3e9, "USD"],
      ["150 to 200 migrants", 150, 200, "people"],
    ]);
  });

  it("keeps approximations as written, before or after the figure", () => {
    const figures = figuresOf(
      "About 140 were wounded, at least 23 people died, nearly 40% of imports come from Russia " +
        "and 500 tonnes or more were lost.",
    );
    expect(figures.map((f) => f.approximation)).toEqual(["About", "at least", "nearly", "or more"]);
  });

  it("tells changes from levels", () => {
    const figures = figuresOf(
      "Trade grew 18.6 percent year-on-year to $42.5 billion, while imports fell by 3 percent. " +
        "The bank raised its rate by 50 basis points to 5.25 percent, a 9-fold increase on paper. " +
        "Inflation eased to 3.2 percent, down from 4.1 percent, and output was 1.4 percent lower.",
    );
    expect(figures.map((f) => [f.text, f.change])).toEqual([
      ["18.6 percent", "increase"],
      ["$42.5 billion", null],
      ["3 percent", "decrease"],
      ["50 basis points", "increase"],
      ["5.25 percent", null],
      ["9-fold", "increase"],
      ["3.2 percent", null],
      ["4.1 percent", null],
      ["1.4 percent", "decrease"],
    ]);
  });

  it("does not read a count as a change, nor a verb that needs 'by'", () => {
    const figures = figuresOf("The company cut 1,200 jobs and lost 300 soldiers.");
    expect(figures.map((f) => [f.text, f.change])).toEqual([
      ["1,200", null],
      ["300 soldiers", null],
    ]);
  });
});

describe("figures: measure and period", () => {
  it("names what is measured from the subject, 'of', a noun after it or the figure before", () => {
    const figures = figuresOf(
      "Container throughput at the port rose 12.4 percent to 1.2 million TEU. " +
        "Kazakhstan shipped 1.1 million tonnes of grain. The World Bank approved a $300 million loan. " +
        "Russia and India traded goods worth $65 billion.",
    );
    expect(figures.map((f) => f.measure)).toEqual([
      "container throughput",
      "container throughput",
      "grain",
      "loan",
      "goods",
    ]);
  });

  it("dates figures with dyad's date finder and the period phrases around it", () => {
    const figures = figuresOf(
      "In the first eight months of 2024, exports rose 25 percent. " +
        "Trade fell 8 percent last year. Inflation hit 4.2 percent in July. " +
        "Output grew 3 percent in fiscal 2023.",
      "2024-08-20",
    );
    expect(figures.map((f) => f.date)).toEqual(["2024", "2023", "2024-07", "2023"]);
    expect(figures[0]?.dateEvidence?.rule).toBe("figure-period:of-year");
  });

  it("does not take a reporting date or a comparison base as the period", () => {
    const figures = figuresOf(
      "Saudi Arabia deposited 5 billion Saudi riyals, officials said on Tuesday. " +
        "Unemployment rose 0.4 percentage points from a year earlier. " +
        "Support fell to 34 percent, down from 41 percent in January.",
    );
    expect(figures.map((f) => [f.text, f.date])).toEqual([
      ["5 billion Saudi riyals", null],
      ["0.4 percentage points", null],
      ["34 percent", null],
      ["41 percent", "2024-01"],
    ]);
  });

  it("leaves relative periods of undated articles unresolved", () => {
    expect(only("Trade fell 8 percent last year.", null).date).toBeNull();
  });
});

describe("figures: what is not a figure", () => {
  it.each([
    ["a year", "The talks were held in 2024."],
    ["a date", "They met on August 19 and again on 3 September."],
    ["an ordinal", "It marked the 75th anniversary and the 13th congress."],
    ["an age", "The minister, 58, and a man aged 61 who turned 67 in July arrived."],
    ["a compound age", "The 45-year-old envoy arrived."],
    ["a phone number", "Call the hotline on +84 24 3823 4567 today."],
    ["a resolution", "Resolution 2334 and Article 5 were cited."],
    [
      "a label",
      "Flight 370, Boeing 737 jets, the G7, COP28, F-16 jets and Covid-19 were discussed.",
    ],
    ["a score", "Vietnam beat Thailand 3-0 and drew 1-1."],
    ["a headline score", "Vietnam 2 Indonesia 1: hosts top the group"],
    ["a time", "The ceasefire began at 10:30 a.m., then at 6 a.m., at 0600 GMT and at 9.30am."],
    ["a duration", "He was sentenced to 12 years and the truce lasts 30 days."],
    ["a small spelled count", "The two sides held one round of talks with three ministers."],
    ["a ratio", "One in five children is malnourished."],
    ["a decade", "The 1990s were years of growth."],
    ["a year range", "The 2022-23 season was cancelled."],
    ["a slash code", "Decree 13/2023 and the 24/7 hotline."],
  ])("refuses %s", (_name, text) => {
    expect(figuresOf(text).map((f) => f.text)).toEqual([]);
  });

  it("reads the figure next to a trap", () => {
    const figures = figuresOf(
      "On August 18, 2024, the 12th round of talks ended with a pledge of 2,000 tonnes of rice by 2030.",
    );
    expect(figures.map((f) => [f.text, f.measure, f.date])).toEqual([
      ["2,000 tonnes", "rice", "2030"],
    ]);
  });
});
