import { describe, expect, it } from "vitest";
import { isoDay } from "./iso-date.js";

describe("isoDay", () => {
  it.each([
    ["2024-08-19", "2024-08-19"],
    ["2024-08-19T23:30:00-05:00", "2024-08-19"],
    ["2024-08-19T01:02:03.456Z", "2024-08-19"],
    ["2024-08-19 10:00", "2024-08-19"],
    [" 2024-02-29 ", "2024-02-29"],
  ])("reads %s as %s", (input, day) => {
    expect(isoDay(input)).toBe(day);
  });

  it.each(["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "19 Aug 2024", "2024-8-19", ""])(
    "refuses %s",
    (input) => {
      expect(isoDay(input)).toBeNull();
    },
  );
});
