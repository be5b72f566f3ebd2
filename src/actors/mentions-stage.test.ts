import { describe, expect, it } from "vitest";
import { EMPTY_META, newDocument } from "../model/index.js";
import { languageStage } from "../nlp/language.js";
import { segmentStage } from "../nlp/segment-stage.js";
import { buildPipeline, configured } from "../pipeline/pipeline.js";
import { lexicon } from "./lexicon.fixture.js";
import { actorMentionsStage } from "./mentions-stage.js";

const segment = segmentStage.create(undefined);
const mentions = actorMentionsStage.create({ lexicon: lexicon() });

function run(text: string, published: string | null = "2024-08-19") {
  const base = newDocument({ path: "a.txt", format: "text" }, text, { ...EMPTY_META, published });
  const segmented = segment(base);
  const english = {
    ...segmented,
    language: { code: "en", source: "detected", english: true } as const,
  };
  return mentions(english).actorMentions ?? [];
}

const brief = (m: { text: string; code: string | null; type: string }) => [m.text, m.code, m.type];

describe("actor-mentions stage", () => {
  it("composes country + sector noun, possessives included, with exact spans", () => {
    const text = "Peru's Interior Ministry said Russian warplanes flew low.";
    const found = run(text);
    expect(found.map(brief)).toEqual([
      ["Peru's Interior Ministry", "PERGOV", "organisation"],
      ["Russian warplanes", "RUSMIL", "group"],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]?.rules).toEqual(["countries:Peru", "agents:interior ministry"]);
  });

  it("codes a titled known person by the dictionary code valid on the publication date, spanning the name", () => {
    const found = run("Chinese President Xi Jinping met Vietnamese police.");
    expect(found.map(brief)).toEqual([
      ["Xi Jinping", "CHNGOV", "person"],
      ["Vietnamese police", "VNMCOP", "organisation"],
    ]);
    expect(found[0]).toMatchObject({ name: "Xi Jinping", country: "CHN", sector: "GOV" });
    expect(run("Xi Jinping spoke.", "2010-05-01")[0]?.code).toBe("CHNELI");
  });

  it("treats a capital as its government, but not after a locative preposition", () => {
    expect(run("Beijing said the talks would go on.").map(brief)).toEqual([
      ["Beijing", "CHN", "country"],
    ]);
    expect(run("The talks were held in Beijing on Monday.")).toEqual([]);
    expect(run("She flew to the Vietnam border.")).toEqual([]);
  });

  it("keeps an unattached sector noun with an unknown country, and skips a bare adjective", () => {
    expect(run("The president thanked Vietnamese cooks.").map(brief)).toEqual([
      ["president", null, "group"],
    ]);
  });

  it("codes a person from a copula: 'NAME is COUNTRY's ROLE', and 'and' sharing a noun", () => {
    const found = run("Le Thi Hue is Vietnam's foreign minister. She met officials.");
    expect(found.find((m) => m.text === "Le Thi Hue")?.code).toBe("VNMGOV");
    const shared = run("Clashes broke out between Vietnamese and Chinese fishermen.");
    expect(shared.map(brief)).toEqual([
      ["Vietnamese", "VNMCVL", "group"],
      ["Chinese fishermen", "CHNCVL", "group"],
    ]);
  });

  it("codes a person from the title before the name", () => {
    const found = run(
      "Chinese Foreign Minister Li Wen met his Vietnamese counterpart Tran Van Minh.",
    );
    expect(found.map((m) => [m.text, m.name, m.code, m.type])).toEqual([
      ["Li Wen", "Li Wen", "CHNGOV", "person"],
      ["his", "Li Wen", "CHNGOV", "person"],
      ["Tran Van Minh", "Tran Van Minh", "VNM", "person"],
    ]);
    expect(found[0]?.rules).toEqual([
      "countries:Chinese",
      "agents:foreign minister",
      "person:title-before-name",
    ]);
    expect(found[2]?.rules).toContain("person:role-noun");
  });

  it("codes a person from a full title set off by commas, with a title modifier", () => {
    const found = run(
      "Vietnam's President, Tran Van Minh, met China's top foreign minister, Li Wen.",
    );
    expect(found.map((m) => [m.text, m.code, m.rules.at(-1)])).toEqual([
      ["Tran Van Minh", "VNMGOV", "person:title-before-name"],
      ["Li Wen", "CHNGOV", "person:title-before-name"],
    ]);
    expect(found[0]?.rules).toContain("person:title-comma-name");
    expect(run("The police, Tran Van Minh said, left.").map((m) => [m.text, m.code])).toEqual([
      ["police", null],
      ["Tran Van Minh", null],
    ]);
  });

  it("codes a person from an apposition, and the apposition is not a second actor", () => {
    const found = run(
      "Nguyen Thi Mai, Speaker of the National Assembly of Vietnam, arrived on Monday.",
    );
    expect(found.map((m) => [m.text, m.code, m.sector])).toEqual([
      ["Nguyen Thi Mai", "VNMLEG", "LEG"],
    ]);
    expect(found[0]?.rules.at(-1)).toBe("person:apposition");
  });

  it("finds an untitled name without inventing its code", () => {
    const found = run("Talks with To Lam ended late.");
    expect(found.map((m) => [m.text, m.code, m.rules])).toEqual([
      ["To Lam", null, ["person:capitalised-name"]],
    ]);
  });

  it("does not take sentence-initial grammar or dates for names", () => {
    expect(run("Welcoming Lam Son, the police spoke.").map((m) => m.text)).toEqual([
      "Lam Son",
      "police",
    ]);
    expect(run("On Monday Beijing said no.").map((m) => m.text)).toEqual(["Beijing"]);
    expect(run("The Interior Ministry of Peru spoke.").map((m) => [m.text, m.code])).toEqual([
      ["Interior Ministry of Peru", "PERGOV"],
    ]);
  });

  it("follows short names and pronouns, but a city named like a person stays a place", () => {
    const text =
      "Le Van Hue, Speaker of the National Assembly of Vietnam, visited China.\n" +
      "Hue met officials in Hue on Friday. He said ties were strong.";
    const found = run(text);
    expect(found.map((m) => [m.text, m.name, m.code, m.rules.at(-1)])).toEqual([
      ["Le Van Hue", "Le Van Hue", "VNMLEG", "person:apposition"],
      ["China", "China", "CHN", "countries:China"],
      ["Hue", "Le Van Hue", "VNMLEG", "coref:short-name"],
      ["He", "Le Van Hue", "VNMLEG", "coref:pronoun"],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("tolerates a wrong pronoun gender and takes the nearest person", () => {
    const found = run("Talks with Ana Ruiz ended. Tran Van Minh arrived. She thanked the hosts.");
    expect(found.filter((m) => m.text === "She").map((m) => m.name)).toEqual(["Tran Van Minh"]);
  });

  it("applies a role learned later in the article to earlier mentions of the person", () => {
    const found = run(
      "Talks with Ana Ruiz ended. Peruvian President Ana Ruiz said they went well.",
    );
    expect(found[0]).toMatchObject({ text: "Ana Ruiz", code: "PERGOV" });
    expect(found[0]?.rules).toEqual(["person:capitalised-name", "coref:role-from-article"]);
  });

  it("resolves a bare title to the one person who holds it", () => {
    const found = run("Chinese President Li Wen met Tran Van Minh. The Chinese president smiled.");
    const title = found.find((m) => m.text === "Chinese president");
    expect(title).toMatchObject({ type: "person", name: "Li Wen", code: "CHNGOV" });
    expect(title?.rules.at(-1)).toBe("coref:title");
    const plural = run("Russian President Ivan Orlov spoke. The Russian warplanes left.");
    expect(plural.find((m) => m.text === "Russian warplanes")).toMatchObject({ type: "group" });
  });

  it("reads a place word that opens a name as a given name", () => {
    const found = run("Chad Whitfield said Chad would help. Talks in Chad Province ended.");
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ["Chad Whitfield", "person"],
      ["Chad", "country"],
    ]);
    const titled = run("The President of Vietnam Tran Van Minh left.");
    expect(titled.map((m) => [m.text, m.type, m.code])).toEqual([
      ["Tran Van Minh", "person", "VNMGOV"],
    ]);
  });

  it("does not read a short capitalised name as a dictionary acronym", () => {
    const l = lexicon();
    l.add(["ngo"], { kind: "agent", sector: "NGO", rule: "agents:NGO" });
    const withNgo = actorMentionsStage.create({ lexicon: l });
    const text = "Vietnamese President Ngo Van Minh met an NGO.";
    const doc = segment(newDocument({ path: "a.txt", format: "text" }, text, EMPTY_META));
    const english = {
      ...doc,
      language: { code: "en", source: "detected", english: true } as const,
    };
    const found = withNgo(english).actorMentions ?? [];
    expect(found.map((m) => [m.text, m.code])).toEqual([
      ["Ngo Van Minh", "VNMGOV"],
      ["NGO", null],
    ]);
  });

  it("splits an organisation name from the person after it", () => {
    const found = run("Officials met External Relations Commission Le Hoai Minh on Monday.");
    expect(found.filter((m) => m.type === "person").map((m) => m.text)).toEqual(["Le Hoai Minh"]);
  });

  it("follows an acronym the article defines", () => {
    const text =
      "The Communist Party of Vietnam (CPV) met on Monday. Later the CPV said Vietnam agreed.";
    const found = run(text).filter((m) => m.text === "CPV");
    expect(found.map((m) => [m.text, m.name, m.code, m.type])).toEqual([
      ["CPV", "Communist Party of Vietnam", "VNM", "organisation"],
      ["CPV", "Communist Party of Vietnam", "VNM", "organisation"],
    ]);
    expect(found[0]?.rules.at(-1)).toBe("acronym:defined-in-text");
    expect(run("The XYZ said nothing.").map((m) => m.text)).toEqual([]);
  });

  it("resolves 'the two sides' and 'both leaders' to the pair the text is about", () => {
    const text =
      "Chinese President Li Wen hosted Vietnamese President Tran Van Minh. " +
      "China and Vietnam signed deals. The two sides agreed to meet. Both leaders smiled.";
    const found = run(text);
    const sides = found.find((m) => m.text === "The two sides");
    expect(sides).toMatchObject({ type: "group", name: "CHN and VNM", code: null });
    expect(sides?.members?.map((m) => m.code)).toEqual(["CHN", "VNM"]);
    const leaders = found.find((m) => m.text === "Both leaders");
    expect(leaders?.members?.map((m) => [m.name, m.code])).toEqual([
      ["Li Wen", "CHNGOV"],
      ["Tran Van Minh", "VNMGOV"],
    ]);
    expect(run("The two sides met.").map((m) => m.text)).toEqual([]);
  });

  it("records the sentence index of each mention", () => {
    const found = run("China protested.\nVietnam replied.");
    expect(found.map((m) => [m.text, m.sentence])).toEqual([
      ["China", 0],
      ["Vietnam", 1],
    ]);
  });

  it("is skipped for non-English articles in a pipeline, with a note", () => {
    const pipeline = buildPipeline([
      configured(segmentStage),
      configured(languageStage),
      configured(actorMentionsStage, { lexicon: lexicon() }),
    ]);
    const doc = (declaredLanguage: string) =>
      newDocument({ path: "a.txt", format: "text" }, "China protested.", {
        ...EMPTY_META,
        declaredLanguage,
      });
    const french = pipeline.run(doc("fr"));
    expect(french.actorMentions).toBeUndefined();
    expect(french.diagnostics.map((d) => d.ruleId)).toContain("pipeline/skipped-non-english");
    expect(pipeline.run(doc("en")).actorMentions?.map((m) => m.text)).toEqual(["China"]);
  });
});
