import { describe, expect, it } from "vitest";
import { EMPTY_META, newDocument, type Token } from "../model/index.js";
import { languageStage } from "./language.js";

const run = languageStage.create(undefined);

/** Whitespace tokens are enough here: the stage only counts words. */
function doc(text: string, declaredLanguage: string | null = null) {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    tokens.push({ kind: "token", start: match.index, end: match.index + match[0].length });
  }
  const meta = { ...EMPTY_META, declaredLanguage };
  return { ...newDocument({ path: "a.txt", format: "text" }, text, meta), tokens };
}

const ENGLISH =
  "The foreign ministers of the two countries met in the capital on Monday and said that they " +
  "would work together on trade, security and the protection of fishermen in the disputed waters.";
const FRENCH =
  "Les ministres des affaires étrangères des deux pays se sont rencontrés lundi dans la capitale " +
  "et ont déclaré vouloir coopérer sur le commerce, la sécurité et la protection des pêcheurs.";
const SPANISH =
  "Los ministros de relaciones exteriores de los dos países se reunieron el lunes en la capital " +
  "y afirmaron que trabajarán juntos en comercio, seguridad y la protección de los pescadores.";

describe("language stage", () => {
  it("recognises English by its function words", () => {
    const result = run(doc(ENGLISH));
    expect(result.language).toEqual({ code: "en", source: "detected", english: true });
    expect(result.diagnostics).toEqual([]);
  });

  it.each([
    ["fr", FRENCH],
    ["es", SPANISH],
  ])("names %s and flags it for English-only stages", (code, text) => {
    const result = run(doc(text));
    expect(result.language).toEqual({ code, source: "detected", english: false });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ ruleId: "language/not-english", severity: "info" }),
    ]);
  });

  it("trusts a declared language", () => {
    expect(run(doc(FRENCH, "en-GB")).language).toEqual({
      code: "en-GB",
      source: "declared",
      english: true,
    });
    expect(run(doc(ENGLISH, "vi")).language).toMatchObject({ code: "vi", english: false });
  });

  it("treats a text too short to tell as English, and says so", () => {
    const result = run(doc("Xi Jinping."));
    expect(result.language).toEqual({ code: "und", source: "detected", english: true });
    expect(result.diagnostics[0]).toMatchObject({
      ruleId: "language/undetermined",
      severity: "info",
    });
  });
});
