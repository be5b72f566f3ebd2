/** `npm run eval`: scores actor coding against the hand-annotated gold files in test/gold. */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actorMentionsStage } from "../actors/mentions-stage.js";
import { codePhrase } from "../actors/phrase.js";
import { loadLexicon } from "../actors/bundled-lexicon.js";
import { type ActorMention, EMPTY_META, newDocument } from "../model/index.js";
import { languageStage } from "../nlp/language.js";
import { segmentStage } from "../nlp/segment-stage.js";
import { PACKAGE_ROOT } from "../paths.js";
import { buildPipeline, configured } from "../pipeline/pipeline.js";

const GOLD = join(PACKAGE_ROOT, "test/gold");

interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  country: string | null;
  sector: string | null;
}

interface GoldSentence {
  id: string;
  date: string | null;
  text: string;
  mentions: GoldMention[];
}

const lexicon = loadLexicon([]);

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;
}

function evaluatePhrases(): void {
  const rows = readFileSync(join(GOLD, "actor-phrases.tsv"), "utf8").trim().split("\n").slice(1);
  let country = 0;
  let sector = 0;
  let both = 0;
  let coded = 0;
  let codedCountry = 0;
  let empty = 0;
  let emptyKept = 0;
  for (const row of rows) {
    const [phrase = "", date = "", goldCountry = "", goldSector = ""] = row.split("\t");
    const predicted = codePhrase(lexicon, phrase, date || null);
    const countryOk = (predicted.country ?? "") === goldCountry;
    const sectorOk = (predicted.sector ?? "") === goldSector;
    if (countryOk) country++;
    if (sectorOk) sector++;
    if (countryOk && sectorOk) both++;
    if (goldCountry !== "") {
      coded++;
      if (countryOk) codedCountry++;
    }
    if (goldCountry === "" && goldSector === "") {
      empty++;
      if (predicted.code === null && predicted.sector === null) emptyKept++;
    }
  }
  console.log(`actor phrases (test/gold/actor-phrases.tsv, ${rows.length} rows)`);
  console.log(`  country correct            ${percent(country, rows.length)}`);
  console.log(`  sector correct             ${percent(sector, rows.length)}`);
  console.log(`  country and sector correct ${percent(both, rows.length)}`);
  console.log(`  country, rows with one     ${percent(codedCountry, coded)}`);
  console.log(`  no code where none is due  ${percent(emptyKept, empty)}`);
}

function evaluateSentences(): void {
  const pipeline = buildPipeline([
    configured(segmentStage),
    configured(languageStage),
    configured(actorMentionsStage, { lexicon }),
  ]);
  const lines = readFileSync(join(GOLD, "actor-sentences.jsonl"), "utf8").trim().split("\n");
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: "tp" | "fp" | "fn") => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(type, c);
  };
  let matched = 0;
  let countryOk = 0;
  for (const line of lines) {
    const gold = JSON.parse(line) as GoldSentence;
    const meta = { ...EMPTY_META, published: gold.date, declaredLanguage: "en" };
    const document = newDocument({ path: gold.id, format: "text" }, gold.text, meta);
    const predicted = pipeline.run(document).actorMentions ?? [];
    for (const type of ["person", "organisation"]) {
      const g = gold.mentions.filter((m) => m.type === type);
      const p = predicted.filter((m) => m.type === type);
      const used = new Set<ActorMention>();
      for (const mention of g) {
        const hit = p.find((m) => !used.has(m) && overlaps(m, mention));
        if (hit) {
          used.add(hit);
          bump(type, "tp");
        } else {
          bump(type, "fn");
        }
      }
      for (const m of p) if (!used.has(m)) bump(type, "fp");
    }
    for (const mention of gold.mentions) {
      const hit = predicted.find((m) => overlaps(m, mention));
      if (!hit) continue;
      matched++;
      if (hit.country === mention.country) countryOk++;
    }
  }
  console.log(
    `actor mentions (test/gold/actor-sentences.jsonl, ${lines.length} texts; overlap match)`,
  );
  for (const [type, c] of counts) {
    const precision = c.tp / Math.max(1, c.tp + c.fp);
    const recall = c.tp / Math.max(1, c.tp + c.fn);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    console.log(
      `  ${type.padEnd(12)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`,
    );
  }
  console.log(`  country of found mentions  ${percent(countryOk, matched)}`);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

evaluatePhrases();
console.log("");
evaluateSentences();
