import { describe, expect, it } from "vitest";
import { findDates, type DateMention } from "./dates.js";

/** Publication day of most cases: a Tuesday. */
const TUESDAY = "2024-04-09";

/** The mentions of a one-sentence text, checking that every one quotes the text exactly. */
function dates(sentence: string, published: string | null = TUESDAY, future = false) {
  const found = findDates(sentence, { start: 0, end: sentence.length }, published, { future });
  for (const mention of found)
    expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
  return found;
}

/** The one mention of a sentence, as [text, date, endDate, precision, rule]. */
function only(sentence: string, published: string | null = TUESDAY, future = false) {
  const found = dates(sentence, published, future);
  expect(found.map((mention) => mention.text)).toHaveLength(1);
  const [mention] = found as [DateMention];
  return [mention.text, mention.date, mention.endDate, mention.precision, mention.rule];
}

describe("weekdays", () => {
  it.each([
    ["Rebels shelled the port city on Monday, the governor said.", "Monday", "2024-04-08"],
    ["The envoy landed in Doha on Tuesday for a second round.", "Tuesday", "2024-04-09"],
    ["Farmers blocked the highway on Wednesday.", "Wednesday", "2024-04-03"],
    ["Late Sunday, drones struck a fuel depot near the coast.", "Late Sunday", "2024-04-07"],
    ["Saturday's referendum was boycotted by the opposition.", "Saturday", "2024-04-06"],
    ["The ministers met on Monday at 3 p.m. local time.", "Monday at 3 p.m.", "2024-04-08"],
    ["On Monday 40 soldiers were captured at the checkpoint.", "Monday", "2024-04-08"],
  ])("%s → the latest such day on or before publication", (sentence, text, date) => {
    expect(only(sentence)).toEqual([text, date, null, "day", "weekday-before-publication"]);
  });

  it("reads a weekday range forward from its first day", () => {
    expect(only("The summit ran from Friday to Sunday in Geneva.")).toEqual([
      "Friday to Sunday",
      "2024-04-05",
      "2024-04-07",
      "day",
      "weekday-before-publication",
    ]);
  });

  it.each([
    ["The delegation left on Tuesday last week.", "Tuesday last week", "2024-04-02"],
    ["Troops pulled back from the ridge last Friday.", "last Friday", "2024-04-05"],
  ])("%s → the weekday chrono places against publication", (sentence, text, date) => {
    expect(only(sentence)).toEqual([text, date, null, "day", "weekday-relative"]);
  });

  it.each([
    ["The foreign minister will visit Ankara on Friday.", "Friday", "2024-04-12"],
    ["The court will rule on Tuesday.", "Tuesday", "2024-04-09"],
  ])("looks forward in future clauses: %s", (sentence, text, date) => {
    expect(only(sentence, TUESDAY, true)).toEqual([
      text,
      date,
      null,
      "day",
      "weekday-after-publication",
    ]);
  });
});

describe("days, months and years relative to publication", () => {
  it.each([
    ["The finance minister resigned yesterday.", "yesterday", "2024-04-08"],
    ["The president spoke to reporters today.", "today", "2024-04-09"],
    ["Air raid sirens sounded across the capital last night.", "last night", "2024-04-08"],
    [
      "He told a news conference this morning that talks would resume.",
      "this morning",
      "2024-04-09",
    ],
  ])("%s → a day", (sentence, text, date) => {
    expect(only(sentence)).toEqual([text, date, null, "day", "casual-day"]);
  });

  it.each([
    ["The border crossing was closed two days ago.", "two days ago", "2024-04-07", "day"],
    ["The pact was signed three years ago.", "three years ago", "2021", "year"],
  ])("%s → counted back from publication", (sentence, text, date, precision) => {
    expect(only(sentence)).toEqual([text, date, null, precision, "ago"]);
  });

  it.each([
    ["Food prices rose sharply last month.", TUESDAY, "last month", "2024-03", "month"],
    [
      "Earlier this month, the navy seized a tanker.",
      TUESDAY,
      "Earlier this month",
      "2024-04",
      "month",
    ],
    ["The embassy reopened last month.", "2024-01-15", "last month", "2023-12", "month"],
    ["Last year, the two countries restored ties.", TUESDAY, "Last year", "2023", "year"],
  ])("%s (published %s) → %s", (sentence, published, text, date, precision) => {
    const rule = precision === "month" ? "relative-month" : "relative-year";
    expect(only(sentence, published)).toEqual([text, date, null, precision, rule]);
  });

  it.each([
    ["Last week, the foreign ministers met in Oslo.", TUESDAY, "Last week", "2024-04"],
    ["Shelling intensified last week.", "2024-04-03", "last week", "2024-03"],
    ["This week the central bank raised rates again.", TUESDAY, "This week", "2024-04"],
    ["This week the central bank raised rates again.", "2024-05-01", "This week", null],
  ])("%s (published %s): a week is its month, or no date", (sentence, published, text, date) => {
    const precision = date === null ? null : "month";
    expect(only(sentence, published)).toEqual([text, date, null, precision, "week"]);
  });

  it("treats the weekend and recent stretches of days the same way", () => {
    expect(only("Two villages were hit over the weekend.")).toEqual([
      "weekend",
      "2024-04",
      null,
      "month",
      "weekend",
    ]);
    expect(only("Fighting has spread in the past three days.")).toEqual([
      "past three days",
      "2024-04",
      null,
      "month",
      "period",
    ]);
  });

  it.each([
    ["Tensions have recently risen along the border.", "recently"],
    ["In recent days, clashes erupted in the north.", "recent days"],
  ])("reports %s with no date", (sentence, text) => {
    expect(only(sentence)).toEqual([text, null, null, null, "vague"]);
  });

  it("does not date what is relative to another event of the story", () => {
    expect(only("The journalist was released two days later.")).toEqual([
      "two days later",
      null,
      null,
      null,
      "relative-to-narrative",
    ]);
  });
});

describe("month and day without a year", () => {
  it.each([
    ["The ceasefire collapsed on August 19.", "2024-08-22", "August 19", "2024-08-19"],
    ["The ceasefire collapsed on August 19.", TUESDAY, "August 19", "2023-08-19"],
    ["Elections were called for May 20, officials said.", TUESDAY, "May 20", "2024-05-20"],
    ["The blockade began on December 28.", "2024-01-05", "December 28", "2023-12-28"],
    ["The talks ended on 2 June.", "2024-06-10", "2 June", "2024-06-02"],
  ])("%s (published %s) → %s", (sentence, published, text, date) => {
    expect(only(sentence, published)).toEqual([text, date, null, "day", "month-day-without-year"]);
  });

  it.each([
    ["The referendum will be held on April 2.", "April 2", "2025-04-02"],
    ["The referendum will be held on April 20.", "April 20", "2024-04-20"],
  ])("takes the next occurrence in future clauses: %s", (sentence, text, date) => {
    expect(only(sentence, TUESDAY, true)).toEqual([
      text,
      date,
      null,
      "day",
      "month-day-without-year",
    ]);
  });

  it.each([
    ["In March, the army launched an offensive.", TUESDAY, false, "March", "2024-03"],
    ["In November, the army launched an offensive.", "2024-01-10", false, "November", "2023-11"],
    ["Prices have climbed since mid-March.", TUESDAY, false, "mid-March", "2024-03"],
    ["The mission ends at the end of March.", TUESDAY, false, "March", "2024-03"],
    ["Elections will be held in March.", TUESDAY, true, "March", "2025-03"],
  ])("%s (published %s, future %s) → a month", (sentence, published, future, text, date) => {
    expect(only(sentence, published, future)).toEqual([
      text,
      date,
      null,
      "month",
      "month-without-year",
    ]);
  });

  it.each([
    ["The strike began last May.", "last May", "2023-05", "month-name-last"],
    ["The strike began last March.", "last March", "2024-03", "month-name-last"],
    ["A new round is planned for next March.", "next March", "2025-03", "month-name-next"],
    [
      "The fighting started in June last year.",
      "June last year",
      "2023-06",
      "month-of-relative-year",
    ],
  ])("%s → %s", (sentence, text, date, rule) => {
    expect(only(sentence)).toEqual([text, date, null, "month", rule]);
  });

  it("reads a day with 'last year' as a day of that year", () => {
    expect(only("The deal was struck on August 19 last year.")).toEqual([
      "August 19 last year",
      "2023-08-19",
      null,
      "day",
      "day-of-relative-year",
    ]);
  });
});

describe("explicit dates", () => {
  it.each([
    ["On Aug. 19, 2024, police raided the offices.", "Aug. 19, 2024", "2024-08-19"],
    ["The accord was signed on 19 August 2024 in Rome.", "19 August 2024", "2024-08-19"],
    ["The decree, dated 2024-08-19, was published later.", "2024-08-19", "2024-08-19"],
    ["Crowds stormed the building on Jan. 6, 2021.", "Jan. 6, 2021", "2021-01-06"],
    ["Voting began on Monday, March 4, 2024.", "Monday, March 4, 2024", "2024-03-04"],
    ["The blast came at 10:30 on August 19, 2024.", "10:30 on August 19, 2024", "2024-08-19"],
    ["The treaty lapsed on 13/04/2023.", "13/04/2023", "2023-04-13"],
  ])("%s → %s", (sentence, text, date) => {
    const [mention] = dates(sentence, null) as [DateMention];
    expect(mention).toMatchObject({ text, date, precision: "day", relative: false });
    expect(mention.rule).toBe("explicit-day");
    expect(only(sentence)).toEqual([text, date, null, "day", "explicit-day"]);
  });

  it("reads a month with a year as that month", () => {
    expect(only("In March 2023 the army withdrew.")).toEqual([
      "March 2023",
      "2023-03",
      null,
      "month",
      "explicit-month",
    ]);
  });

  it("gives up on numeric dates that read differently by country", () => {
    expect(only("The decree took effect on 03/04/2024.")).toEqual([
      "03/04/2024",
      null,
      null,
      null,
      "ambiguous-numeric-date",
    ]);
  });
});

describe("ranges", () => {
  it.each([
    [
      "Talks ran from August 18 to 20 in Cairo.",
      "2024-08-22",
      "August 18 to 20",
      "2024-08-18",
      "2024-08-20",
    ],
    ["Talks ran Aug 18-20 in Cairo.", "2024-08-22", "Aug 18-20", "2024-08-18", "2024-08-20"],
    ["Polls opened between 3 and 5 May.", "2024-05-10", "3 and 5 May", "2024-05-03", "2024-05-05"],
    ["Polls opened between May 3 and 5.", "2024-05-10", "May 3 and 5", "2024-05-03", "2024-05-05"],
    [
      "Voting ran from July 8 through 12.",
      "2024-07-20",
      "July 8 through 12",
      "2024-07-08",
      "2024-07-12",
    ],
    [
      "The siege lasted from December 28 to January 3.",
      "2024-01-10",
      "December 28 to January 3",
      "2023-12-28",
      "2024-01-03",
    ],
  ])("%s (published %s) → %s", (sentence, published, text, date, endDate) => {
    expect(only(sentence, published)).toEqual([
      text,
      date,
      endDate,
      "day",
      "month-day-without-year",
    ]);
  });

  it.each([
    [
      "The games were held from 18 to 20 August 2024.",
      "18 to 20 August 2024",
      "2024-08-18",
      "2024-08-20",
    ],
    ["Strikes ran between May 3 and 5, 2023.", "May 3 and 5, 2023", "2023-05-03", "2023-05-05"],
    ["Voting ran Aug 30 - Sept 2, 2024.", "Aug 30 - Sept 2, 2024", "2024-08-30", "2024-09-02"],
  ])("%s → explicit, the start borrowing the end's year", (sentence, text, date, endDate) => {
    expect(only(sentence)).toEqual([text, date, endDate, "day", "explicit-day"]);
  });

  it("reads a range of months", () => {
    expect(only("Protests continued from March to May.", "2024-06-01")).toEqual([
      "March to May",
      "2024-03",
      "2024-05",
      "month",
      "month-without-year",
    ]);
  });
});

describe("years", () => {
  it.each([
    ["In 2014, Russia annexed Crimea.", "2014", "2014", null, "year"],
    ["In early 2014, protests swept the capital.", "early 2014", "2014", null, "year"],
    ["The embargo has been in place since 2019.", "2019", "2019", null, "year"],
    ["The bloc aims to halve emissions by 2030.", "2030", "2030", null, "year"],
    ["2014's uprising toppled the government.", "2014", "2014", null, "year"],
    ["Between 2014 and 2016, the economy shrank.", "2014 and 2016", "2014", "2016", "year-range"],
    ["The war lasted from 1980 to 1988.", "1980 to 1988", "1980", "1988", "year-range"],
    ["Output fell in 2015-16.", "2015-16", "2015", "2016", "year-range"],
    ["The dispute dates back to the 1990s.", "1990s", "1990", "1999", "decade"],
  ])("%s → %s", (sentence, text, date, endDate, rule) => {
    expect(only(sentence)).toEqual([text, date, endDate, "year", rule]);
    expect(dates(sentence)[0]?.relative).toBe(false);
  });

  it("follows a list of years", () => {
    const found = dates("Floods struck in 2015, 2017 and 2019.");
    expect(found.map((mention) => mention.date)).toEqual(["2015", "2017", "2019"]);
  });
});

describe("things that are not dates", () => {
  it.each([
    "Theresa May said the deal was dead.",
    "Downing Street praised a speech by May on trade.",
    "Ministers may visit the region next spring.",
    "Thousands joined a protest march in the capital.",
    "The Women's March drew large crowds.",
    "The Sunday Times reported the plan first.",
    "Negotiators revived the Good Friday Agreement.",
    "Some 2.3 million people have fled the fighting.",
    "The ministry sent 1,000 troops to the border.",
    "About 2,000 people attended the rally.",
    "Delegates gathered for the 20th Party Congress.",
    "The suspect, aged 64, was detained.",
    "Veterans of the Second World War laid wreaths.",
    "The curfew starts at 3 p.m.",
    "Israel was urged to return to the 1967 borders.",
    "Resolution 2254 calls for elections.",
    "Between 2000 and 3000 people marched.",
    "The army sent from 2000 to 5000 troops.",
    "Memorials recalled the 9/11 attacks.",
    "The river flooded for the first time in 20 years.",
    "Russia now controls the town.",
    "In the last years of his rule, he rarely travelled.",
  ])("%s", (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
});

describe("undated articles", () => {
  it.each([
    ["Rebels shelled the port city on Monday.", "Monday", "weekday-before-publication"],
    ["The finance minister resigned yesterday.", "yesterday", "casual-day"],
    ["The ceasefire collapsed on August 19.", "August 19", "month-day-without-year"],
    ["In March, the army launched an offensive.", "March", "month-without-year"],
    ["Last year, the two countries restored ties.", "Last year", "relative-year"],
  ])("leaves %s without a date", (sentence, text, rule) => {
    const [mention] = dates(sentence, null) as [DateMention];
    expect(mention).toMatchObject({ text, date: null, precision: null, endDate: null, rule });
    expect(mention.relative).toBe(true);
  });

  it("still resolves explicit dates and years", () => {
    const found = dates("On 19 August 2024, after talks that began in 2023, the sides met.", null);
    expect(found.map((mention) => [mention.date, mention.relative])).toEqual([
      ["2024-08-19", false],
      ["2023", false],
    ]);
  });

  it("treats an unreadable publication date as none", () => {
    expect(only("Rebels shelled the port city on Monday.", "not a date")[1]).toBeNull();
  });
});

describe("offsets", () => {
  it("gives offsets into the whole text for a mention in the second sentence", () => {
    const text = "The envoy left Cairo on Sunday. Talks resumed on Monday in Doha.";
    const second = { start: text.indexOf("Talks"), end: text.length };
    const found = findDates(text, second, TUESDAY);
    expect(found).toHaveLength(1);
    const [mention] = found as [DateMention];
    expect(mention).toMatchObject({ start: 49, end: 55, text: "Monday", date: "2024-04-08" });
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it("returns several mentions in text order", () => {
    const found = dates(
      "The truce agreed on March 3 broke down on Sunday, and since 2019 talks stalled.",
    );
    expect(found.map((mention) => [mention.text, mention.date])).toEqual([
      ["March 3", "2024-03-03"],
      ["Sunday", "2024-04-07"],
      ["2019", "2019"],
    ]);
  });

  it("finds nothing in a sentence without a date", () => {
    expect(dates("The talks ended without agreement, a spokesman said.")).toEqual([]);
  });
});
