/** Tests for the actor keys of an article: who it names, weighted by mentions and the lead. */

import { describe, expect, it } from "vitest";
import type { ActorMention, ActorType } from "../model/index.js";
import { actorKeys } from "./actor-keys.js";

function mention(
  type: ActorType,
  name: string,
  code: string | null,
  start: number,
  sector: string | null = null,
): ActorMention {
  return {
    kind: "actor-mention",
    start,
    end: start + name.length,
    sentence: 0,
    text: name,
    type,
    name,
    code,
    country: code === null ? null : code.slice(0, 3),
    sector,
    rules: [],
  };
}

describe("actorKeys", () => {
  it("keys coded people by name, organisations by code, and countries apart", () => {
    const keys = actorKeys(
      [
        mention("person", "Hendra Wirasakti", "IDNGOV", 0, "GOV"),
        mention("organisation", "ASEAN", "IGOSEA", 30),
        mention("country", "Malaysia", "MYS", 50),
        mention("country", "Indonesia", "IDN", 60),
        mention("group", "Malaysian officials", "MYSGOV", 70, "GOV"),
      ],
      1000,
    );
    expect(keys.named).toEqual(["organisation:IGOSEA", "person:hendra wirasakti"]);
    expect(keys.countries).toEqual(["country:IDN", "country:MYS"]);
  });

  it("leaves out people the actor stage could not code, and media", () => {
    const keys = actorKeys(
      [
        mention("person", "Ding Haitao", null, 0),
        mention("organisation", "Xinhua", "MED", 20),
        mention("organisation", "Harbour Wire", "GBRMED", 40, "MED"),
      ],
      1000,
    );
    expect(keys.named).toEqual([]);
  });

  it("weighs principals named in the lead above those named often further down", () => {
    const keys = actorKeys(
      [
        mention("person", "Ratna Sulistyo", "IDNGOV", 10, "GOV"),
        mention("person", "Hendra Wirasakti", "IDNGOV", 500, "GOV"),
        mention("person", "Hendra Wirasakti", "IDNGOV", 600, "GOV"),
      ],
      200,
    );
    expect(keys.named).toEqual(["person:ratna sulistyo", "person:hendra wirasakti"]);
    expect(keys.namedWeights[0]).toBe(2);
    expect(keys.namedWeights[1]).toBeCloseTo(1 + Math.log(2), 3);
  });
});
