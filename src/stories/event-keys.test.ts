/** Tests for event keys: countries, day and root of day-dated events, both directions as one. */

import { describe, expect, it } from "vitest";
import type { ActorRef, DatePrecision, EventMention } from "../model/index.js";
import { dyadDay, eventKeys } from "./event-keys.js";

function actor(country: string | null): ActorRef | null {
  return country === null ? null : { name: country, code: `${country}GOV`, country, sector: "GOV" };
}

function event(
  source: string | null,
  target: string | null,
  cameo: string,
  date: string | null,
  datePrecision: DatePrecision | null = date === null ? null : "day",
): EventMention {
  const evidence = { start: 0, end: 1, rule: "test" };
  return {
    kind: "event-mention",
    start: 0,
    end: 1,
    sentence: 0,
    text: "x",
    source: actor(source),
    target: actor(target),
    cameo,
    date,
    datePrecision,
    location: null,
    rules: [],
    trigger: evidence,
    sourceEvidence: null,
    targetEvidence: null,
    dateEvidence: null,
    locationEvidence: null,
  };
}

describe("eventKeys", () => {
  it("keys day-dated events by sorted countries, day and root, once each", () => {
    expect(
      eventKeys([
        event("KOR", "JPN", "114", "2024-06-06"),
        event("JPN", "KOR", "111", "2024-06-06"),
        event("KOR", "JPN", "112", "2024-06-06"),
        event("KOR", null, "140", "2024-06-07"),
      ]),
    ).toEqual(["-KOR|2024-06-07|14", "JPN-KOR|2024-06-06|11"]);
  });

  it("leaves out events without a day or without any country", () => {
    expect(
      eventKeys([
        event("ARM", "AZE", "061", "2023", "year"),
        event("ARM", "AZE", "036", "2024-05", "month"),
        event("ARM", "AZE", "190", null),
        event(null, null, "190", "2024-05-17"),
      ]),
    ).toEqual([]);
  });
});

describe("dyadDay", () => {
  it("drops the root", () => {
    expect(dyadDay("JPN-KOR|2024-06-06|11")).toBe("JPN-KOR|2024-06-06");
  });
});
