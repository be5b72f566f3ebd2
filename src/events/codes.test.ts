import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cameoCode, loadCameoCodes, parseCameoCodes } from "./codes.js";

const FIXTURE = "test/fixtures/verbs/cameo-sample.jsonl";

/** PLOVER's sixteen event categories (PLOVER_MANUAL.tex). */
const PLOVER = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
];

describe("parseCameoCodes", () => {
  it("reads a cameo.jsonl text into codes by code", () => {
    const codes = parseCameoCodes(readFileSync(FIXTURE, "utf8"), FIXTURE);
    expect([...codes.keys()]).toEqual(["04", "042", "1121"]);
    expect(codes.get("1121")).toEqual({
      code: "1121",
      root: "11",
      name: "Accuse of crime, corruption",
      goldstein: -2,
      quadClass: 3,
      plover: "ACCUSE",
      ploverMode: "allege",
      ploverContext: "crime; corruption",
    });
  });

  it("names the file and line of a bad entry", () => {
    const good = readFileSync(FIXTURE, "utf8").split("\n")[0] as string;
    const bad = (line: string) => () => parseCameoCodes(`${good}\n${line}\n`, "c.jsonl");
    expect(bad("{oops")).toThrow("c.jsonl:2: not valid JSON");
    expect(bad(good)).toThrow("c.jsonl:2: code 04 again");
    expect(bad(good.replace('"quad_class":1', '"quad_class":5'))).toThrow(
      "c.jsonl:2: quad_class must be 1, 2, 3 or 4",
    );
    expect(bad(good.replace('"root":"04"', '"root":"05"'))).toThrow("c.jsonl:2: root must be");
  });
});

describe("loadCameoCodes", () => {
  const codes = loadCameoCodes();

  it("reads every CAMEO code once and caches them", () => {
    expect(codes.size).toBe(311);
    expect(loadCameoCodes()).toBe(codes);
    expect([...codes.values()].filter((c) => c.code.length === 2)).toHaveLength(20);
  });

  it("gives names, Goldstein values, quad classes and PLOVER columns", () => {
    expect(cameoCode("042")).toEqual({
      code: "042",
      root: "04",
      name: "Make a visit",
      goldstein: 1.9,
      quadClass: 1,
      plover: "CONSULT",
      ploverMode: "visit",
      ploverContext: null,
    });
    expect(cameoCode("190")?.quadClass).toBe(4);
    expect(cameoCode("999")).toBeUndefined();
  });

  it("cleans the lookup's names: sentence case, typos, mis-decoded quotes", () => {
    expect(cameoCode("04")?.name).toBe("Consult");
    expect(cameoCode("20")?.name).toBe("Use unconventional mass violence");
    expect(cameoCode("044")?.name).toBe("Meet at a third location");
    expect(cameoCode("033")?.name).toContain("material aid");
    for (const code of codes.values()) {
      expect(code.name).toMatch(/^[A-Z][^\s]*(?: [^\s]+)*$/);
    }
  });

  it("follows the CAMEO2PLOVER-2021 row of each code from 03 on", () => {
    expect(cameoCode("0311")).toMatchObject({ plover: "AGREE", ploverContext: "economic" });
    expect(cameoCode("0874")).toMatchObject({ plover: "RETREAT", ploverMode: "disarm" });
  });

  it("codes appeals as REQUEST like the matching demand, and most statements as nothing", () => {
    expect(cameoCode("0231")).toMatchObject({
      plover: "REQUEST",
      ploverMode: "assist",
      ploverContext: "economic",
    });
    expect(cameoCode("026")).toMatchObject({ plover: "REQUEST", ploverMode: "meet" });
    expect(cameoCode("010")?.plover).toBeNull();
    expect(cameoCode("015")?.plover).toBeNull();
    expect(cameoCode("016")?.plover).toBe("REJECT");
    expect(cameoCode("019")?.plover).toBe("SUPPORT");
  });

  it("uses only PLOVER's categories, and a mode only with a category", () => {
    for (const code of codes.values()) {
      if (code.plover !== null) expect(PLOVER).toContain(code.plover);
      if (code.ploverMode !== null) expect(code.plover).not.toBeNull();
      if (!code.code.startsWith("01")) expect(code.plover).not.toBeNull();
    }
    expect(cameoCode("186")?.ploverMode).toBe("targeted");
    expect(cameoCode("175")?.ploverMode).toBeNull();
  });
});
