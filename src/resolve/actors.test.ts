import { describe, expect, it } from "vitest";
import { type CorpusMention, resolveActors } from "./actors.js";

function mention(article: string, overrides: Partial<CorpusMention>): CorpusMention {
  return {
    article,
    published: "2024-08-19",
    type: "person",
    name: "Tran Van Minh",
    code: null,
    country: null,
    sector: null,
    start: 0,
    end: 13,
    text: "Tran Van Minh",
    rules: ["person:title-before-name"],
    ...overrides,
  };
}

describe("resolveActors", () => {
  it("codes an actor by the articles that state it, keeping the minority claim as a conflict", () => {
    const actors = resolveActors([
      mention("a1", { country: "CHN", sector: "GOV", code: "CHNGOV" }),
      mention("a1", { country: "CHN", sector: "GOV", code: "CHNGOV", start: 40, end: 44 }),
      mention("a2", { country: "VNM", sector: "GOV", code: "VNMGOV" }),
      mention("a3", { country: "VNM", sector: null, code: "VNM" }),
      mention("a4", { country: "VNM", sector: "GOV", code: "VNMGOV" }),
      mention("a5", { name: "Tran Van Minh", text: "Minh", rules: ["coref:short-name"] }),
    ]);
    expect(actors).toHaveLength(1);
    const [minh] = actors;
    expect(minh).toMatchObject({
      name: "Tran Van Minh",
      type: "person",
      code: "VNMGOV",
      country: "VNM",
      sector: "GOV",
      mentions: 6,
      articles: 5,
      aliases: ["Minh", "Tran Van Minh"],
    });
    expect(minh?.conflicts.map((c) => [c.field, c.value, c.articles])).toEqual([
      ["country", "CHN", 1],
    ]);
    expect(minh?.conflicts[0]?.evidence).toHaveLength(2);
    expect(minh?.roles.map((r) => [r.value, r.articles])).toEqual([
      ["VNMGOV", 2],
      ["CHNGOV", 1],
      ["VNM", 1],
    ]);
  });

  it("leaves a tie undecided instead of breaking it arbitrarily", () => {
    const [actor] = resolveActors([
      mention("a1", { country: "CHN", code: "CHN" }),
      mention("a2", { country: "VNM", code: "VNM" }),
    ]);
    expect(actor).toMatchObject({ country: null, code: null });
    expect(actor?.conflicts.map((c) => c.value)).toEqual(["CHN", "VNM"]);
  });

  it("keeps organisations by code and ignores groups and countries", () => {
    const actors = resolveActors([
      mention("a1", {
        type: "organisation",
        name: "the UN",
        text: "the UN",
        code: "IGOUNO",
        country: "IGOUNO",
      }),
      mention("a2", {
        type: "organisation",
        name: "United Nations",
        text: "United Nations",
        code: "IGOUNO",
        country: "IGOUNO",
      }),
      mention("a2", { type: "group", name: "police", text: "police" }),
      mention("a3", { type: "country", name: "Chile", text: "Chile", country: "CHL" }),
    ]);
    expect(actors.map((a) => [a.type, a.code, a.articles, a.aliases])).toEqual([
      ["organisation", "IGOUNO", 2, ["United Nations", "the UN"]],
    ]);
  });

  it("gives stable ids", () => {
    const one = resolveActors([mention("a1", { country: "VNM" })]);
    const two = resolveActors([mention("zz", { country: "VNM" })]);
    expect(one[0]?.id).toBe(two[0]?.id);
    expect(one[0]?.id).toMatch(/^[0-9a-f]{16}$/);
  });
});
