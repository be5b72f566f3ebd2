import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../actors/bundled-lexicon.js";
import { actorMentionsStage } from "../actors/mentions-stage.js";
import { normaliseStage } from "../ingest/normalise.js";
import { type Document, EMPTY_META, newDocument } from "../model/index.js";
import { languageStage } from "../nlp/language.js";
import { segmentStage } from "../nlp/segment-stage.js";
import { buildPipeline, configured } from "../pipeline/pipeline.js";
import { placeKey } from "./gazetteer.js";
import { datelinePlace, findPlaces, loadGazetteer, type PlaceMention } from "./places.js";

// The stages before events: segmentation, language and actor mentions with the bundled lexicon.
const pipeline = buildPipeline([
  configured(normaliseStage),
  configured(segmentStage),
  configured(languageStage),
  configured(actorMentionsStage, { lexicon: loadLexicon([]) }),
]);
const gazetteer = loadGazetteer();

function article(text: string, title: string | null = null): Document {
  return pipeline.run(
    newDocument({ path: "a.txt", format: "text" }, text, {
      ...EMPTY_META,
      title,
      published: "2024-08-19",
    }),
  );
}

/** Every place in the article, sentence by sentence, after checking each span is its text. */
function places(text: string): PlaceMention[] {
  const document = article(text);
  const found = (document.sentences ?? []).flatMap((s) => findPlaces(document, s.index, gazetteer));
  for (const place of found) expect(document.text.slice(place.start, place.end)).toBe(place.text);
  return found;
}

const brief = (p: PlaceMention) => [p.text, p.name, p.country, p.kind, p.cue];

describe("gazetteer", () => {
  it("loads once, quickly, with countries, cities, landmarks and regions", () => {
    expect(loadGazetteer()).toBe(gazetteer);
    expect(gazetteer.size).toBeGreaterThan(10_000);
    expect(gazetteer.loadMs).toBeLessThan(2_000);
    const kinds = new Set(
      [...gazetteer.entries.values()].flatMap((list) => list.map((e) => e.kind)),
    );
    expect([...kinds].sort()).toEqual(["city", "country", "landmark", "region"]);
    expect(gazetteer.entries.get("hanoi")?.[0]).toMatchObject({
      name: "Hanoi",
      country: "VNM",
      kind: "city",
    });
  });

  it("keys names without case or accents, keeping GeoNames' local spelling as the name", () => {
    expect(placeKey("Huế")).toBe("hue");
    expect(placeKey("Nuku‘alofa")).toBe("nuku'alofa");
    expect(placeKey("Ho  Chi\nMinh City")).toBe("ho chi minh city");
    expect(gazetteer.entries.get("hue")?.[0]?.name).toBe("Huế");
    // An English form marked as preferred in cities.extra.jsonl becomes the name.
    expect(gazetteer.entries.get("geneve")?.[0]?.name).toBe("Geneva");
  });

  it("ships a small generated file whose countries are dyad's alpha-3 codes", () => {
    const url = new URL("../../data/places/gazetteer.jsonl", import.meta.url);
    const text = readFileSync(url, "utf8");
    expect(text.length).toBeLessThan(3_000_000);
    const dyad = new Set(
      readFileSync(new URL("../../data/actors/countries.jsonl", import.meta.url), "utf8")
        .trim()
        .split("\n")
        .map((line) => (JSON.parse(line) as { code: string }).code),
    );
    const bad = text
      .trim()
      .split("\n")
      .map(
        (line) => JSON.parse(line) as { name: string; country: string; lat: number; lon: number },
      )
      .filter((e) => !dyad.has(e.country) || Math.abs(e.lat) > 90 || Math.abs(e.lon) > 180);
    expect(bad).toEqual([]);
  });
});

describe("findPlaces: cues", () => {
  it("finds a city after a locative preposition, with exact offsets", () => {
    const text = "Officials held talks in Hanoi on Monday.";
    const [place, ...rest] = places(text);
    expect(rest).toEqual([]);
    expect(place).toMatchObject({
      start: text.indexOf("Hanoi"),
      end: text.indexOf("Hanoi") + 5,
      text: "Hanoi",
      name: "Hanoi",
      country: "VNM",
      kind: "city",
      cue: "in",
      rule: "place:after-locative",
    });
    expect(place?.lat).toBeCloseTo(21.02, 1);
    expect(place?.lon).toBeCloseTo(105.84, 1);
  });

  it("accepts at, near and outside", () => {
    expect(
      places(
        "Ministers met at Geneva. Troops massed near Kharkiv. Protesters gathered outside Nairobi.",
      ).map(brief),
    ).toEqual([
      ["Geneva", "Geneva", "CHE", "city", "at"],
      ["Kharkiv", "Kharkiv", "UKR", "city", "near"],
      ["Nairobi", "Nairobi", "KEN", "city", "outside"],
    ]);
  });

  it("takes 'to' and 'from' only for travel, not for trade or a government", () => {
    expect(
      places("The president began a state visit to Jakarta and flew back to Manila.").map(brief),
    ).toEqual([
      ["Jakarta", "Jakarta", "IDN", "city", "to"],
      ["Manila", "Manila", "PHL", "city", "to"],
    ]);
    expect(places("Russian forces withdrew from Kherson overnight.").map(brief)).toEqual([
      ["Kherson", "Kherson", "UKR", "city", "from"],
    ]);
    expect(places("Exports to China rose as pressure from Washington grew.")).toEqual([]);
    expect(places("She flew from Hanoi to Tokyo via Bangkok.").map((p) => p.cue)).toEqual([
      "from",
      "to",
      "via",
    ]);
  });

  it("finds the object of a visit and a 'city of' phrase", () => {
    const found = places("The envoy visited Beijing. Rain fell on the central city of Hue.");
    expect(found.map((p) => [p.text, p.name, p.cue, p.rule])).toEqual([
      ["Beijing", "Beijing", "visited", "place:object-of-verb"],
      ["Hue", "Huế", "city of", "place:noun-of"],
    ]);
  });

  it("does not take a target of 'at' or 'in' for a place", () => {
    expect(places("The remarks were aimed at Beijing and showed confidence in Tokyo.")).toEqual([]);
  });

  it("needs capitals: a lower-case word is never a place", () => {
    expect(places("The mood in hanoi was calm, and the weather near nice was fine.")).toEqual([]);
  });
});

describe("findPlaces: names", () => {
  it("prefers the longest multi-word name", () => {
    expect(
      places("Talks opened in Ho Chi Minh City and later moved to New Delhi.").map(brief),
    ).toEqual([
      ["Ho Chi Minh City", "Ho Chi Minh City", "VNM", "city", "in"],
      ["New Delhi", "New Delhi", "IND", "city", "to"],
    ]);
  });

  it("keeps a country after a comma in the mention: 'Lagos, Nigeria'", () => {
    const [lagos] = places("The summit was held in Lagos, Nigeria, last week.");
    expect(lagos).toMatchObject({
      text: "Lagos, Nigeria",
      name: "Lagos",
      country: "NGA",
      rule: "place:after-locative/city-country",
    });
  });

  it("lets the country after a comma choose among namesakes", () => {
    const [tripoli] = places("Clashes broke out in Tripoli, Lebanon, on Sunday.");
    expect(tripoli).toMatchObject({ name: "Tripoli", country: "LBN", text: "Tripoli, Lebanon" });
  });

  it("gives a country with its capital as the representative point", () => {
    const [vietnam, netherlands, hague] = places(
      "Floods hit farms in Vietnam. Talks followed in the Netherlands and later in The Hague.",
    );
    expect(vietnam).toMatchObject({ kind: "country", name: "Vietnam", country: "VNM" });
    const hanoi = gazetteer.entries.get("hanoi")?.[0];
    expect([vietnam?.lat, vietnam?.lon]).toEqual([hanoi?.lat, hanoi?.lon]);
    expect(netherlands).toMatchObject({ text: "Netherlands", kind: "country", country: "NLD" });
    expect(hague).toMatchObject({ text: "The Hague", name: "The Hague", kind: "city" });
  });

  it("matches accents, old spellings and English forms", () => {
    expect(
      places("Officials met in Hà Nội, then in Kiev and in Bombay.").map((p) => [p.text, p.name]),
    ).toEqual([
      ["Hà Nội", "Hanoi"],
      ["Kiev", "Kyiv"],
      ["Bombay", "Mumbai"],
    ]);
  });

  it("finds the conjuncts of a place: 'in Hanoi, Da Nang and Hue'", () => {
    const found = places("Rallies were held in Hanoi, Da Nang and Hue on Sunday.");
    expect(found.map((p) => [p.name, p.cue, p.rule])).toEqual([
      ["Hanoi", "in", "place:after-locative"],
      ["Da Nang", "in", "place:coordinated"],
      ["Huế", "in", "place:coordinated"],
    ]);
  });

  it("lets a direction word or an apposition stand between cue and name", () => {
    expect(
      places(
        "Fighting raged in eastern Ukraine. Ships docked in the Vietnamese capital, Hanoi.",
      ).map((p) => [p.text, p.kind, p.cue, p.rule]),
    ).toEqual([
      ["Ukraine", "country", "in", "place:after-locative"],
      ["Hanoi", "city", "capital", "place:apposition"],
    ]);
  });

  it("reads a title-case headline and does not take a possessive for a conjunct", () => {
    expect(places("Leaders Meet In Hanoi To Discuss Trade").map((p) => p.name)).toEqual(["Hanoi"]);
    expect(places("The talks in Hanoi, Vietnam's capital, ended.").map((p) => p.text)).toEqual([
      "Hanoi",
    ]);
  });

  it("capitalises as the name does: 'Kuwait city' is the country, 'Kuwait City' the city", () => {
    expect(places("He lived in Kuwait City.").map((p) => [p.text, p.kind])).toEqual([
      ["Kuwait City", "city"],
    ]);
    expect(places("He lived in Kuwait city.").map((p) => [p.text, p.kind])).toEqual([
      ["Kuwait", "country"],
    ]);
  });

  it("keeps a possessive place but not a point of view", () => {
    expect(places("Police patrolled in Hanoi's old quarter.").map((p) => p.text)).toEqual([
      "Hanoi",
    ]);
    expect(places("In Moscow's view, the talks failed.")).toEqual([]);
  });
});

describe("findPlaces: what is not a place", () => {
  it("never takes a person: 'Hue said' is the chairman, 'in Hue' the city", () => {
    const text =
      "National Assembly Chairman Vuong Dinh Hue opened the session. " +
      "Hue said the budget would grow. Xi Jinping later visited Hue. " +
      "Delegates arrived in Hue on Friday.";
    const document = article(text);
    const hue = (document.actorMentions ?? []).filter((m) => m.text === "Hue");
    expect(hue.every((m) => m.type === "person")).toBe(true);
    expect(findPlaces(document, 1, gazetteer)).toEqual([]);
    // After a verb the person may be meant: the actor stage's reading stands.
    expect(findPlaces(document, 2, gazetteer)).toEqual([]);
    expect(findPlaces(document, 3, gazetteer).map((p) => [p.text, p.name])).toEqual([
      ["Hue", "Huế"],
    ]);
  });

  it("does not take a capital standing for its government", () => {
    expect(places("Beijing said it would respond.")).toEqual([]);
    expect(places("Washington and Hanoi agreed to expand ties.")).toEqual([]);
    expect(
      places("Officials met in Hanoi and Beijing said it welcomed the talks.").map((p) => p.text),
    ).toEqual(["Hanoi"]);
    expect(places("Talks were held in Beijing.").map((p) => p.text)).toEqual(["Beijing"]);
  });

  it("ignores a town named like a common word unless it follows a cue", () => {
    expect(places("Nice work, he said. Reading the statement, she smiled. Split votes.")).toEqual(
      [],
    );
    expect(places("The mayor lived in Nice.").map((p) => [p.name, p.country])).toEqual([
      ["Nice", "FRA"],
    ]);
  });

  it("rejects a name that is part of a longer name, a modifier or a month", () => {
    expect(
      places(
        "Crowds gathered in Independence Square. The story ran in the Washington Post. " +
          "A shift in China policy was seen in May and in Union.",
      ),
    ).toEqual([]);
  });

  it("finds nothing in a sentence without places", () => {
    expect(places("The ministers agreed to deepen cooperation on trade.")).toEqual([]);
  });
});

describe("findPlaces: namesakes", () => {
  it("prefers a namesake in a country the article mentions", () => {
    const lebanon = places("Lebanese troops were deployed in Tripoli on Monday.");
    expect(lebanon.map((p) => [p.name, p.country, p.rule])).toEqual([
      ["Tripoli", "LBN", "place:after-locative/article-country"],
    ]);
    const libya = places("Fighting was reported in Tripoli on Monday.");
    expect(libya.map((p) => [p.name, p.country, p.rule])).toEqual([
      ["Tripoli", "LBY", "place:after-locative/most-populous"],
    ]);
  });

  it("counts country names anywhere in the article, places included", () => {
    const found = places("Aid reached families in Lebanon. More arrived in Tripoli later.");
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ["Lebanon", "LBN"],
      ["Tripoli", "LBN"],
    ]);
  });

  it("keeps a far larger namesake over a small one in a mentioned country", () => {
    // Madrid, Colombia has some 50,000 people; Madrid, Spain over 3 million.
    const found = places("Colombian officials met in Madrid on Tuesday.");
    expect(found.map((p) => [p.name, p.country])).toEqual([["Madrid", "ESP"]]);
  });
});

describe("findPlaces: landmarks and regions", () => {
  it("finds a landmark with or without a cue, containing an actor word", () => {
    const found = places(
      "Leaders met at the Great Hall of the People in Beijing. " +
        "The Great Hall of the People was decorated with flags.",
    );
    expect(found.map((p) => [p.text, p.kind, p.country, p.cue])).toEqual([
      ["Great Hall of the People", "landmark", "CHN", "at"],
      ["Beijing", "city", "CHN", "in"],
      ["Great Hall of the People", "landmark", "CHN", "landmark"],
    ]);
  });

  it("takes a government's landmark only after a cue", () => {
    expect(places("The White House said the Kremlin had not replied.")).toEqual([]);
    expect(
      places("The leaders met at the White House and later spoke at the Kremlin.").map(brief),
    ).toEqual([
      ["White House", "White House", "USA", "landmark", "at"],
      ["Kremlin", "Kremlin", "RUS", "landmark", "at"],
    ]);
  });

  it("finds a region after a cue", () => {
    expect(places("Strikes continued in the Gaza Strip overnight.").map(brief)).toEqual([
      ["Gaza Strip", "Gaza Strip", "PSE", "region", "in"],
    ]);
  });
});

describe("datelinePlace", () => {
  const dateline = (text: string, title: string | null = null) => {
    const document = article(text, title);
    const place = datelinePlace(document, gazetteer);
    if (place) expect(document.text.slice(place.start, place.end)).toBe(place.text);
    return place && [place.text, place.name, place.country, place.cue];
  };

  it("reads agency datelines in several styles", () => {
    expect(dateline("HANOI (VNA) – Vietnam and Laos signed a border pact.")).toEqual([
      "HANOI",
      "Hanoi",
      "VNM",
      "dateline",
    ]);
    expect(dateline("BEIJING, Aug 19 (Reuters) - China's exports rose.")).toEqual([
      "BEIJING",
      "Beijing",
      "CHN",
      "dateline",
    ]);
    expect(dateline("Nairobi, Kenya — Kenya's parliament voted on Tuesday.")).toEqual([
      "Nairobi, Kenya",
      "Nairobi",
      "KEN",
      "dateline",
    ]);
    expect(dateline("KYIV, Ukraine (AP) — Air raid sirens sounded overnight.")).toEqual([
      "KYIV, Ukraine",
      "Kyiv",
      "UKR",
      "dateline",
    ]);
    expect(dateline("NEW DELHI: India's cabinet approved the plan.")).toEqual([
      "NEW DELHI",
      "New Delhi",
      "IND",
      "dateline",
    ]);
    expect(dateline("HO CHI MINH CITY, Aug. 19 (VNS) -- Port traffic grew.")).toEqual([
      "HO CHI MINH CITY",
      "Ho Chi Minh City",
      "VNM",
      "dateline",
    ]);
  });

  it("reads a dateline after a headline paragraph", () => {
    expect(
      dateline("Border pact signed\n\nHANOI (VNA) – Vietnam and Laos signed a pact.", null),
    ).toEqual(["HANOI", "Hanoi", "VNM", "dateline"]);
  });

  it("finds no dateline in an ordinary first sentence", () => {
    expect(dateline("Beijing said on Monday it would respond.")).toBeNull();
    expect(dateline("Hanoi is preparing for the summit.")).toBeNull();
  });

  it("is returned by findPlaces for its own sentence only", () => {
    const document = article("HANOI (VNA) – Talks began. Delegates later flew to Vientiane.");
    expect(findPlaces(document, 0, gazetteer).map((p) => [p.text, p.cue, p.rule])).toEqual([
      ["HANOI", "dateline", "place:dateline"],
    ]);
    expect(findPlaces(document, 1, gazetteer).map((p) => p.name)).toEqual(["Vientiane"]);
  });
});

describe("findPlaces: sentence indexes", () => {
  it("reports only the requested sentence and nothing for an unknown index", () => {
    const text = "Talks began in Hanoi.\n\nThey ended in Phnom Penh on Friday.";
    const document = article(text);
    expect(findPlaces(document, 0, gazetteer).map((p) => p.name)).toEqual(["Hanoi"]);
    const [phnomPenh] = findPlaces(document, 1, gazetteer);
    expect(phnomPenh?.name).toBe("Phnom Penh");
    expect(text.slice(phnomPenh?.start, phnomPenh?.end)).toBe("Phnom Penh");
    expect(findPlaces(document, 2, gazetteer)).toEqual([]);
    expect(findPlaces(document, -1, gazetteer)).toEqual([]);
  });

  it("returns nothing for a document that was never segmented", () => {
    const raw = newDocument({ path: "a.txt", format: "text" }, "Talks in Hanoi.", EMPTY_META);
    expect(findPlaces(raw, 0, gazetteer)).toEqual([]);
    expect(datelinePlace(raw, gazetteer)).toBeNull();
  });
});
