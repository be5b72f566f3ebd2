import { describe, expect, it } from "vitest";
import { EMPTY_META, type EventMention, newDocument } from "../model/index.js";
import { defaultPipeline } from "../pipeline/stages.js";

const pipeline = defaultPipeline();

function code(text: string, published: string | null = "2024-08-20"): EventMention[] {
  const document = pipeline.run(
    newDocument({ path: "t.txt", format: "text" }, text, { ...EMPTY_META, published }),
  );
  return [...(document.events ?? [])];
}

/** "CHN>VNM:04" for each event, sorted. */
function dyads(events: readonly EventMention[], digits = 2): string[] {
  return events
    .map(
      (e) => `${e.source?.country ?? "-"}>${e.target?.country ?? "-"}:${e.cameo.slice(0, digits)}`,
    )
    .sort();
}

describe("event coder", () => {
  it("codes a meeting in both directions, dated and placed, with evidence", () => {
    const text =
      "Chinese President Xi Jinping met Vietnamese President To Lam in Beijing on Monday.";
    const events = code(text);
    expect(dyads(events)).toEqual(["CHN>VNM:04", "VNM>CHN:04"]);
    for (const event of events) {
      expect(event.date).toBe("2024-08-19");
      expect(event.datePrecision).toBe("day");
      expect(event.location).toMatchObject({ name: "Beijing", country: "CHN" });
      expect(text.slice(event.start, event.end)).toBe(event.text);
      expect(text.slice(event.trigger.start, event.trigger.end)).toBe("met");
      expect(event.rules[0]).toMatch(/^(verb|pattern):/);
    }
    const xi = events.find((e) => e.source?.country === "CHN");
    expect(xi?.source).toMatchObject({ name: "Xi Jinping", code: "CHNGOV" });
    expect(text.slice(xi?.sourceEvidence?.start, xi?.sourceEvidence?.end)).toContain("Xi Jinping");
  });

  it("finds the person a chain of titles belongs to, not the country in it", () => {
    const events = code(
      "On Tuesday Kenyan President William Ruto met Chairman of China's Central Military " +
        "Commission and Chinese President Xi Jinping.",
    );
    const ruto = events.find((e) => e.source?.country === "KEN");
    expect(ruto?.target).toMatchObject({ name: "Xi Jinping", country: "CHN" });
  });

  it("reads the passive voice: the actor after 'by' acts", () => {
    const events = code(
      "Kenyan President William Ruto was welcomed by Ethiopian Prime Minister Abiy Ahmed.",
    );
    expect(events.length).toBeGreaterThan(0);
    const welcome = events.find((e) => e.rules.includes("structure:passive"));
    expect(welcome?.source?.country).toBe("ETH");
    expect(welcome?.target?.country).toBe("KEN");
  });

  it("codes nothing for a negated, conditional or questioned event", () => {
    expect(code("Japan did not meet South Korean officials on Monday.")).toEqual([]);
    expect(
      code("If Russia attacks Finland, NATO will respond.").filter((e) => e.cameo.startsWith("19")),
    ).toEqual([]);
    expect(code("Will China attack Taiwan?")).toEqual([]);
  });

  it("codes a future or agreed act as an intention, not the act", () => {
    const events = code("Indian Prime Minister Narendra Modi will visit Brazil next week.");
    expect(events.map((e) => e.cameo)).toContain("036");
    expect(events.every((e) => e.cameo !== "042")).toBe(true);
  });

  it("codes a refusal to meet as a rejection", () => {
    const events = code("Russia refused to meet Ukrainian negotiators in Istanbul.");
    expect(events.map((e) => e.cameo)).toContain("125");
  });

  it("codes coordinated actors as acting on each other", () => {
    const events = code("France and Germany met in Paris on Friday.");
    expect(dyads(events)).toEqual(["DEU>FRA:04", "FRA>DEU:04"]);
  });

  it("takes the subject of a relative clause from before 'who'", () => {
    const events = code(
      "Vietnamese President To Lam, who visited Beijing on Sunday, met Chinese Premier Li Qiang.",
    );
    const visit = events.find((e) => e.cameo === "042");
    expect(visit?.source?.name).toBe("To Lam");
    expect(visit?.target?.country).toBe("CHN");
  });

  it("codes the event inside reported speech, with its actors", () => {
    const events = code("Iran said Israeli warplanes attacked a convoy in Syria on Sunday.");
    const attack = events.find((e) => e.cameo.startsWith("19") || e.cameo.startsWith("18"));
    expect(attack?.source?.country).toBe("ISR");
  });

  it("keeps a historical date and never uses the publication date for an undated sentence", () => {
    const old = code("Vietnam and China clashed in 1979.");
    expect(old.every((e) => e.date === "1979")).toBe(true);
    const undated = code("Chinese President Xi Jinping met Vietnamese President To Lam.");
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.every((e) => e.date === null)).toBe(true);
  });

  it("leaves relative dates unresolved in an undated article", () => {
    const events = code(
      "Chinese President Xi Jinping met Vietnamese President To Lam on Monday.",
      null,
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.date === null)).toBe(true);
  });

  it("codes nothing in a sentence without actors", () => {
    expect(code("The weather was pleasant and the meeting went on for hours.")).toEqual([]);
  });

  it("codes no event for a passive without its agent", () => {
    expect(code("Four Kyrgyz border guards were killed in a shootout on Sunday.")).toEqual([]);
  });

  it("reads 'their meeting' and 'they watched the signing' as the sentence's two leaders", () => {
    const events = code(
      "Kenyan President William Ruto, who leads the ruling party, and Ugandan President Yoweri " +
        "Museveni, the host, praised their meeting in Kampala on Monday, after which they watched " +
        "the signing of three trade agreements.",
    );
    expect(dyads(events).filter((d) => d.endsWith(":05"))).toEqual(["KEN>UGA:05", "UGA>KEN:05"]);
    expect(events.filter((e) => e.cameo === "057").every((e) => e.date === "2024-08-19")).toBe(
      true,
    );
  });

  it("codes the demand, not what is demanded", () => {
    const events = code("China demanded on Monday that Japan release the captain of a trawler.");
    expect(events.map((e) => e.cameo.slice(0, 2))).toEqual(["10"]);
  });

  it("needs a target for cooperation: no 'Mexico agreed' alone", () => {
    expect(code("Mexico agreed on Tuesday.").filter((e) => e.cameo.startsWith("05"))).toEqual([]);
  });

  it("codes a terse English sentence (not mistaken for another language)", () => {
    const events = code("Israeli warplanes struck targets near Damascus on Monday.");
    expect(events[0]?.source?.country).toBe("ISR");
    expect(events[0]?.target?.country).toBe("SYR");
  });

  it("codes an actor who is its own object without a target", () => {
    const events = code("Chilean President Marta Rojas said on Friday she was optimistic.");
    expect(dyads(events, 3)).toEqual(["CHL>-:013"]);
  });

  it("lets a frame verb's own pattern take its complement: declined to comment", () => {
    const events = code("The Kremlin declined on Friday to comment on the report.");
    expect(dyads(events, 3)).toEqual(["RUS>-:011"]);
    expect(events[0]?.date).toBe("2024-08-16");
  });

  it("gives a sector-only actor the country of the place where it acted", () => {
    const events = code("Opposition supporters protested in Nairobi on Monday.");
    expect(dyads(events)).toEqual(["KEN>-:14"]);
    expect(events[0]?.rules).toContain("actor:country-of-place");
  });

  it("does not code what a demand asks for, even when the demand has no coded actor", () => {
    const events = code("Angry farmers demanded on Monday that Ghana ban rice imports.");
    expect(events.filter((e) => e.cameo.startsWith("17"))).toEqual([]);
  });

  it("reads a verb form after an actor inside a noun phrase as a noun", () => {
    const events = code("Peru rejected a U.S. request on Monday to send troops.");
    expect(events.filter((e) => e.cameo.startsWith("02"))).toEqual([]);
  });

  it("drops a target-less copy of an event the sentence also codes with its target", () => {
    const events = code(
      "Italy's prime minister visited Tripoli on Monday, the first such visit in years.",
    );
    expect(dyads(events, 3)).toEqual(["ITA>LBY:042", "LBY>ITA:043"]);
  });

  it("codes news phrasings added to the dictionary: strikes, ceasefires, halted talks", () => {
    expect(dyads(code("Nurses in Malawi went on strike on Monday."), 3)).toEqual(["MWI>-:143"]);
    expect(dyads(code("Rebels in Colombia declared a ceasefire on Sunday."), 4)).toEqual([
      "COL>-:0871",
    ]);
    expect(dyads(code("Colombia suspended talks with the ELN on Monday."), 3)).toEqual([
      "COL>-:164",
    ]);
  });

  it("reads an event noun's agent after 'by' and its parties after a later 'between'", () => {
    const visit = code("The visit by Kenya's president to Ghana on Monday was his first.");
    expect(dyads(visit, 3)).toContain("KEN>GHA:042");
    const signing = code(
      "Monday's signing of a fisheries pact between Fiji and Samoa was delayed.",
    );
    expect(dyads(signing, 3)).toEqual(["FJI>WSM:057", "WSM>FJI:057"]);
  });

  it("codes a phone call between two countries' leaders", () => {
    const events = code("A phone call between the leaders of Chile and Peru lasted an hour.");
    expect(dyads(events, 3)).toEqual(["CHL>PER:041", "PER>CHL:041"]);
  });

  it("codes nothing in either clause of a conditional sentence", () => {
    expect(code("If Chile recognises the vote, Peru could restore ties with Chile.")).toEqual([]);
  });

  it("lets coordinated actors act on each other, not on the place they met", () => {
    const events = code("Kenyan and Somali troops exchanged fire near the border town of Mandera.");
    expect(dyads(events)).toEqual(["KEN>SOM:19", "SOM>KEN:19"]);
  });

  it("codes no talks that were only offered, and no reduced passive without its agent", () => {
    const offer = code("Cuba rejected an offer of talks from Panama on Monday.");
    expect(offer.filter((e) => e.cameo.startsWith("04"))).toEqual([]);
    const accused = code("Canada sanctioned two firms accused of supplying drones to Russia.");
    expect(accused.filter((e) => e.cameo.startsWith("11"))).toEqual([]);
  });

  it("codes mediation one way: the parties do not mediate the mediator", () => {
    const events = code("Qatar mediated between Israel and Egypt on Monday.");
    expect(events.filter((e) => e.source?.country !== "QAT")).toEqual([]);
  });
});
