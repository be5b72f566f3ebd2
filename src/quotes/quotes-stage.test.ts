import { describe, expect, it } from "vitest";
import { EMPTY_META, type QuoteMention, newDocument } from "../model/index.js";
import { actorsPipeline } from "../pipeline/stages.js";
import { quotesStage } from "./quotes-stage.js";

const pipeline = actorsPipeline();
const findQuotes = quotesStage.create();

function quotes(text: string, published: string | null = "2024-08-19"): readonly QuoteMention[] {
  const meta = { ...EMPTY_META, published, declaredLanguage: "en" };
  const document = pipeline.run(newDocument({ path: "a.txt", format: "text" }, text, meta));
  const found = findQuotes(document).quotes ?? [];
  for (const quote of found) {
    expect(document.text.slice(quote.start, quote.end)).toBe(quote.text);
    const evidence = quote.speakerEvidence;
    if (evidence !== null) expect(evidence.end).toBeGreaterThan(evidence.start);
  }
  return found;
}

/** kind, words, speaker name, speaker country: what most tests check. */
const brief = (q: QuoteMention) => [
  q.quoteKind,
  q.text,
  q.speaker?.name ?? null,
  q.speaker?.country ?? null,
];

function evidenceText(text: string, quote: QuoteMention | undefined): string | null {
  const evidence = quote?.speakerEvidence;
  return evidence == null ? null : text.slice(evidence.start, evidence.end);
}

describe("quotes stage: direct quotations", () => {
  it("attributes a quotation to the titled speaker after it, without the comma inside the marks", () => {
    const text = `"Vietnam is a priority in our neighbourhood diplomacy," Chinese President Xi Jinping said on Monday.`;
    const found = quotes(text);
    expect(found.map(brief)).toEqual([
      ["direct", "Vietnam is a priority in our neighbourhood diplomacy", "Xi Jinping", "CHN"],
    ]);
    expect(found[0]).toMatchObject({ kind: "quote-mention", sentence: 0, start: 1 });
    expect(found[0]?.speaker?.sector).toBe("GOV");
    expect(evidenceText(text, found[0])).toBe("President Xi Jinping said");
    expect(found[0]?.rules).toEqual(["direct:cue-after", "speaker:subject"]);
  });

  it("reads straight and curly marks alike, and a speaker named after the verb", () => {
    const straight = quotes(`"We will never accept it," said Japanese Prime Minister Kenji Arata.`);
    const curly = quotes(`“We will never accept it,” said Japanese Prime Minister Kenji Arata.`);
    expect(straight.map(brief)).toEqual([
      ["direct", "We will never accept it", "Kenji Arata", "JPN"],
    ]);
    expect(curly.map(brief)).toEqual(straight.map(brief));
    expect(straight[0]?.rules).toContain("speaker:after-verb");
  });

  it("gives the words of a spokesperson to the body named after 'for'", () => {
    const text = `"Japan will not accept any unilateral change," said a spokesman for Japan's Foreign Ministry.`;
    const [quote] = quotes(text);
    expect(quote?.speaker).toMatchObject({ country: "JPN", sector: "GOV" });
    expect(quote?.rules).toContain("speaker:spokesperson-for");
    expect(evidenceText(text, quote)).toBe("said a spokesman for Japan's Foreign Ministry");
  });

  it("takes a verb before a colon, also when the quotation opens the next paragraph", () => {
    const sameLine = quotes(
      `Kenyan President Samuel Kiprono told lawmakers: "The worst is behind us."`,
    );
    expect(sameLine.map(brief)).toEqual([
      ["direct", "The worst is behind us.", "Samuel Kiprono", "KEN"],
    ]);
    const nextParagraph = quotes(
      `Kenyan President Samuel Kiprono told lawmakers:\n\n"The worst is behind us."`,
    );
    expect(nextParagraph.map(brief)).toEqual(sameLine.map(brief));
    expect(nextParagraph[0]?.rules[0]).toBe("direct:cue-before");
  });

  it("splits a quotation over paragraphs into one quote per paragraph, all the speaker's", () => {
    const text = [
      `"We are not going to wait," Japanese Prime Minister Kenji Arata said. "Every month counts.`,
      `"This is about being ready."`,
      `The ministry did not give a cost.`,
    ].join("\n\n");
    const found = quotes(text);
    expect(found.map(brief)).toEqual([
      ["direct", "We are not going to wait", "Kenji Arata", "JPN"],
      ["direct", "Every month counts.", "Kenji Arata", "JPN"],
      ["direct", "This is about being ready.", "Kenji Arata", "JPN"],
    ]);
    expect(found[1]?.rules[0]).toBe("direct:paragraphs");
    expect(found[2]?.sentence).toBe(2);
  });

  it("keeps a multi-sentence quotation whole and a quotation inside it", () => {
    const text = `"They told us, 'We will not leave.' We said no," Colombian Foreign Minister Camila Ortega said.`;
    expect(quotes(text).map(brief)).toEqual([
      ["direct", "They told us, 'We will not leave.' We said no", "Camila Ortega", "COL"],
    ]);
  });

  it("finds the speaker of a quotation through a pronoun resolved by the actor stage", () => {
    const text = `Vietnamese President To Hoang Lan arrived in Beijing on Sunday.\n\n"We come as friends," she said.`;
    const [quote] = quotes(text);
    expect(quote?.speaker).toMatchObject({ name: "To Hoang Lan", country: "VNM" });
    expect(evidenceText(text, quote)).toBe("she said");
  });

  it("gives an unattributed quotation the speaker of the sentence before", () => {
    const found = quotes(`"No," Thai Foreign Minister Somchai Rattanakul said. "Not this year."`);
    expect(found.map(brief)).toEqual([
      ["direct", "No", "Somchai Rattanakul", "THA"],
      ["direct", "Not this year.", "Somchai Rattanakul", "THA"],
    ]);
    expect(found[1]?.rules).toEqual(["direct:sentence", "speaker:previous-quote"]);
  });

  it("keeps quoted questions with their question mark", () => {
    const text = `"Who will pay for the reconstruction?" asked Chilean President Elena Duarte.`;
    expect(quotes(text).map(brief)).toEqual([
      ["direct", "Who will pay for the reconstruction?", "Elena Duarte", "CHL"],
    ]);
  });

  it("leaves a sentence quotation nobody attributes without a speaker", () => {
    const [quote] = quotes(`Rain fell all day.\n\n"The river will rise again."`);
    expect(quote?.speaker).toBeNull();
    expect(quote?.speakerEvidence).toBeNull();
    expect(quote?.rules).toEqual(["direct:sentence", "speaker:none"]);
  });

  it("does not take scare quotes, short terms or titles for quotations", () => {
    expect(
      quotes(`Russia dismissed the sanctions as "illegitimate" and an "economic war."`),
    ).toEqual([]);
    expect(
      quotes(`The navy launched "Operation Coastal Shield" near the shoal on Monday.`),
    ).toEqual([]);
    expect(quotes(`Thousands have read the book "Waves Over the Reef" since March.`)).toEqual([]);
  });

  it("takes a quoted fragment of three words or more inside reported speech, with its speaker", () => {
    const text = `Russian Foreign Minister Irina Volkova said the measures would "hurt Europeans more than Russians."`;
    expect(quotes(text).map(brief)).toEqual([
      [
        "indirect",
        `the measures would "hurt Europeans more than Russians."`,
        "Irina Volkova",
        "RUS",
      ],
      ["direct", "hurt Europeans more than Russians.", "Irina Volkova", "RUS"],
    ]);
  });
});

describe("quotes stage: reported speech", () => {
  it("reports the clause after the verb, without its adjuncts, 'that' or full stop", () => {
    const text = `Brazil's foreign ministry said in a statement on Tuesday that it was deeply concerned about the vote.`;
    const [quote] = quotes(text);
    expect(quote && brief(quote)).toEqual([
      "indirect",
      "it was deeply concerned about the vote",
      "Brazil's foreign ministry",
      "BRA",
    ]);
    expect(quote?.rules).toEqual(["indirect:that", "speaker:subject"]);
  });

  it("never takes an actor inside the verb's adjuncts for the speaker", () => {
    const [quote] = quotes(
      `Several witnesses said in an interview with Reuters that the ship had sunk.`,
    );
    expect(quote && brief(quote)).toEqual(["indirect", "the ship had sunk", null, null]);
    expect(quote?.rules).toEqual(["indirect:that", "speaker:none"]);
  });

  it("skips a listener after 'told' and needs 'that' after verbs such as 'stressed'", () => {
    const told = quotes(`Japanese Prime Minister Kenji Arata told reporters the talks had failed.`);
    expect(told.map(brief)).toEqual([["indirect", "the talks had failed", "Kenji Arata", "JPN"]]);
    expect(quotes(`Kenji Arata stressed the importance of the alliance.`)).toEqual([]);
    expect(quotes(`Kenji Arata stressed that the alliance was strong.`).map((q) => q.text)).toEqual(
      ["the alliance was strong"],
    );
  });

  it("reports the words before a closing attribution, after a dateline", () => {
    const text = `NAIROBI, March 4 (Reuters) - Kenya will not reopen its border with Somalia, Interior Minister Peter Kamau said on Monday.`;
    const [quote] = quotes(text);
    expect(quote?.text).toBe("Kenya will not reopen its border with Somalia");
    expect(quote?.rules[0]).toBe("indirect:cue-after");
    expect(quote?.speaker?.name).toBe("Peter Kamau");
  });

  it("reads 'according to' before and after the claim", () => {
    const before = quotes(
      `According to the United Nations, more than two million people have fled.`,
    );
    expect(before.map((q) => [q.text, q.rules[0]])).toEqual([
      ["more than two million people have fled", "indirect:according-to"],
    ]);
    const after = quotes(
      `At least seven people were arrested in Dhaka, according to Bangladeshi police.`,
    );
    expect(after.map(brief)).toEqual([
      ["indirect", "At least seven people were arrested in Dhaka", "Bangladeshi police", "BGD"],
    ]);
  });

  it("gives a participle clause the sentence's speaker", () => {
    const text = `Chinese Premier Zhao Minghui called for closer ties with Brazil, saying the two countries share broad interests.`;
    expect(quotes(text).map(brief)).toEqual([
      ["indirect", "the two countries share broad interests", "Zhao Minghui", "CHN"],
    ]);
  });

  it("names the speaker, not the outlet that reported it", () => {
    const text = `South African Foreign Minister Thandi Nkosi said the plan ignored the Sudanese people, the SABC reported.`;
    expect(quotes(text).map(brief)).toEqual([
      ["indirect", "the plan ignored the Sudanese people", "Thandi Nkosi", "ZAF"],
    ]);
  });

  it("reports nothing for negated, passive or empty uses of a verb", () => {
    expect(
      quotes(`Polish Defence Minister Tomasz Wrona did not say how much the plan would cost.`),
    ).toEqual([]);
    expect(quotes(`The former minister is said to have left the country in May.`)).toEqual([]);
    expect(quotes(`Wrona said so on Monday.`)).toEqual([]);
    expect(quotes(`Will the ceasefire hold? Few in Khartoum are willing to bet on it.`)).toEqual(
      [],
    );
  });
});
