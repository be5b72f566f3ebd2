/** Tests for story features: read from a hand-built coded document, small and JSON-safe. */

import { describe, expect, it } from "vitest";
import {
  type ActorMention,
  type Document,
  EMPTY_META,
  type EventMention,
  newDocument,
} from "../model/index.js";
import { isStoryFeatures, storyFeatures } from "./features.js";

const TEXT =
  "Malaysia detains Indonesian fishing boats\n\n" +
  "Malaysian patrols detained three Indonesian fishing boats in the Sulawesi Sea on Tuesday, " +
  "Foreign Minister Ratna Sulistyo said.";

function country(
  text: string,
  code: string,
  type: "country" | "group" = "country",
  start = TEXT.indexOf(text),
): ActorMention {
  return {
    kind: "actor-mention",
    start,
    end: start + text.length,
    sentence: 0,
    text,
    type,
    name: text,
    code,
    country: code.slice(0, 3),
    sector: null,
    rules: [],
  };
}

const MENTIONS: ActorMention[] = [
  country("Malaysia", "MYS"),
  { ...country("Malaysian patrols", "MYSMIL", "group"), sector: "MIL" },
  country("Indonesian", "IDN", "group"),
  country("Indonesian", "IDN", "group", TEXT.lastIndexOf("Indonesian")),
  {
    ...country("Ratna Sulistyo", "IDNGOV"),
    type: "person",
    sector: "GOV",
  },
];

const EVENT: EventMention = {
  kind: "event-mention",
  start: 0,
  end: 10,
  sentence: 1,
  text: "detained",
  source: { name: "Malaysian patrols", code: "MYSMIL", country: "MYS", sector: "MIL" },
  target: { name: "Indonesian", code: "IDN", country: "IDN", sector: null },
  cameo: "173",
  date: "2024-08-20",
  datePrecision: "day",
  location: null,
  rules: [],
  trigger: { start: 0, end: 1, rule: "test" },
  sourceEvidence: null,
  targetEvidence: null,
  dateEvidence: null,
  locationEvidence: null,
};

function codedDocument(published: string | null, inferred = false): Document {
  return {
    ...newDocument({ path: "a.txt", format: "text" }, TEXT, {
      ...EMPTY_META,
      title: "Malaysia detains Indonesian fishing boats",
      published,
      publishedInferred: inferred,
    }),
    id: "0123456789abcdef",
    actorMentions: MENTIONS,
    events: [EVENT],
  };
}

describe("storyFeatures", () => {
  const features = storyFeatures(codedDocument("2024-08-20"));

  it("reads the article's id, date and title", () => {
    expect(features).toMatchObject({
      kind: "story-features",
      article: "0123456789abcdef",
      published: "2024-08-20",
      title: "Malaysia detains Indonesian fishing boats",
    });
  });

  it("reads content words without country names, the headline's words counting double", () => {
    expect(features.terms.slice(0, 4)).toEqual(["detain", "fish", "boat", "patrol"]);
    expect(features.terms).not.toContain("malaysia");
    expect(features.terms).not.toContain("indonesian");
    expect(features.termWeights[0]).toBeCloseTo(2 * (1 + Math.log(2)), 3);
  });

  it("reads named actors, countries and day-dated events", () => {
    expect(features.named).toEqual(["person:ratna sulistyo"]);
    expect(features.countries).toEqual(["country:MYS"]);
    expect(features.eventKeys).toEqual(["IDN-MYS|2024-08-20|17"]);
  });

  it("is small and survives a JSON round trip", () => {
    const json = JSON.stringify(features);
    expect(json.length).toBeLessThan(2000);
    const back: unknown = JSON.parse(json);
    expect(back).toEqual(features);
    expect(isStoryFeatures(back)).toBe(true);
  });

  it("never takes an inferred publication date as read", () => {
    expect(storyFeatures(codedDocument("2024-08-20", true)).published).toBeNull();
  });

  it("rejects stored values of another shape or version", () => {
    expect(isStoryFeatures({ ...features, version: 0 })).toBe(false);
    expect(isStoryFeatures({ ...features, termWeights: [] })).toBe(false);
    expect(isStoryFeatures(null)).toBe(false);
  });
});
