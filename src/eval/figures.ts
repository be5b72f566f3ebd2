/**
 * Scores the figures stage against test/gold/figures.jsonl.
 *
 * Gold format: one JSON object per line,
 *   {"id": "f001", "published": "2024-03-05" | null, "text": "...", "tags": [...],
 *    "figures": [{"start": 52, "end": 64, "text": "$1.9 billion", "value": 1900000000,
 *                 "value_to": null, "unit": "USD", "approximation": null, "change": null,
 *                 "measure": "two-way trade", "date": "2023"}]}
 * `start`/`end` are UTF-16 offsets into `text` (end exclusive) and `text` is that slice: the
 * number with its currency, scale words and unit, without approximation words ("about") or
 * range words ("between"). `value` has the scale applied; `value_to` is a range's upper end;
 * `unit` is an ISO 4217 code for money, else "percent", "TEU", "tonnes", "people", "troops",
 * ..., or null for a bare count; `measure` is what the figure counts in the text's words;
 * `date` the period it refers to, as dyad's date finder would resolve it ("2024", "2024-07").
 * Texts tagged "trap" hold numbers that are not figures (years, dates, labels, scores, ages,
 * phone numbers, durations, small spelled counts) and have no figures. All text is invented.
 *
 * Scoring: a predicted figure matches the gold figure its span overlaps most (each once);
 * precision, recall and F1 count matches. On matched pairs: value (and value_to) equal to
 * 1e-9 relative; unit equal; measure right when the word overlap F1 of the two measures is at
 * least 0.5 after lower-casing, dropping function words and a plural "s" (both null is right),
 * and exact when the two word sets are equal;
 * approximation, change and date equal.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { figuresStage } from "../figures/figures-stage.js";
import { normaliseStage } from "../ingest/normalise.js";
import { EMPTY_META, type FigureMention, newDocument } from "../model/index.js";
import { languageStage } from "../nlp/language.js";
import { segmentStage } from "../nlp/segment-stage.js";
import { PACKAGE_ROOT } from "../paths.js";
import { buildPipeline, configured } from "../pipeline/pipeline.js";

interface GoldFigure {
  start: number;
  end: number;
  text: string;
  value: number;
  value_to: number | null;
  unit: string | null;
  approximation: string | null;
  change: "increase" | "decrease" | null;
  measure: string | null;
  date: string | null;
}

interface GoldItem {
  id: string;
  published: string | null;
  text: string;
  figures: GoldFigure[];
  tags: string[];
}

const MEASURE_FUNCTION_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "to",
  "for",
  "in",
  "on",
  "its",
  "their",
  "and",
  "from",
  "s",
]);
const MEASURE_RIGHT_AT = 0.5;

/** Tallies of one attribute over matched pairs. */
class Tally {
  right = 0;
  total = 0;
  add(isRight: boolean): void {
    this.total++;
    if (isRight) this.right++;
  }
  toString(): string {
    return this.total === 0
      ? "n/a"
      : `${((100 * this.right) / this.total).toFixed(1)}% (${this.right}/${this.total})`;
  }
}

function evaluateFigures(file = join(PACKAGE_ROOT, "test/gold/figures.jsonl")): void {
  const items = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GoldItem);
  const pipeline = buildPipeline([
    configured(normaliseStage),
    configured(segmentStage),
    configured(languageStage),
    configured(figuresStage),
  ]);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let trapFalsePositives = 0;
  const tallies = {
    value: new Tally(),
    unit: new Tally(),
    measure: new Tally(),
    measureExact: new Tally(),
    span: new Tally(),
    approximation: new Tally(),
    change: new Tally(),
    date: new Tally(),
  };
  let measureOverlap = 0;
  const verbose = process.argv.includes("--verbose");
  for (const item of items) {
    for (const figure of item.figures) {
      if (item.text.slice(figure.start, figure.end) !== figure.text) {
        throw new Error(
          `${item.id}: gold span ${figure.start}-${figure.end} is not "${figure.text}"`,
        );
      }
    }
    const document = pipeline.run(
      newDocument({ path: item.id, format: "text" }, item.text, {
        ...EMPTY_META,
        published: item.published,
        declaredLanguage: "en",
      }),
    );
    const predicted = [...(document.figures ?? [])];
    if (item.tags.includes("trap")) trapFalsePositives += predicted.length;
    const pairs = pairUp(predicted, item.figures);
    tp += pairs.length;
    fp += predicted.length - pairs.length;
    fn += item.figures.length - pairs.length;
    for (const [p, g] of pairs) {
      const overlap = measureAgreement(p.measure, g.measure);
      measureOverlap += overlap;
      const checks = {
        value: close(p.value, g.value) && closeOrNull(p.valueTo, g.value_to),
        unit: p.unit === g.unit,
        measure: overlap >= MEASURE_RIGHT_AT,
        measureExact: overlap === 1,
        span: p.start === g.start && p.end === g.end,
        approximation:
          (p.approximation?.toLowerCase() ?? null) === (g.approximation?.toLowerCase() ?? null),
        change: p.change === g.change,
        date: p.date === g.date,
      };
      for (const [name, right] of Object.entries(checks)) {
        tallies[name as keyof typeof tallies].add(right);
        if (verbose && !right && name !== "measureExact") {
          const shown = {
            value: [p.value, p.valueTo],
            unit: p.unit,
            measure: p.measure,
            span: p.text,
            approximation: p.approximation,
            change: p.change,
            date: p.date,
            measureExact: p.measure,
          }[name];
          const wanted = {
            value: [g.value, g.value_to],
            unit: g.unit,
            measure: g.measure,
            span: g.text,
            approximation: g.approximation,
            change: g.change,
            date: g.date,
            measureExact: g.measure,
          }[name];
          console.log(
            `  ${item.id} ${name}: got ${JSON.stringify(shown)}, want ${JSON.stringify(wanted)}  | ${g.text}`,
          );
        }
      }
    }
    if (verbose) {
      for (const p of predicted)
        if (!pairs.some(([q]) => q === p))
          console.log(`  ${item.id} FP: "${p.text}" ${p.rules.join(" ")}`);
      for (const g of item.figures)
        if (!pairs.some(([, h]) => h === g)) console.log(`  ${item.id} FN: "${g.text}"`);
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const goldCount = items.reduce((sum, item) => sum + item.figures.length, 0);
  const traps = items.filter((item) => item.tags.includes("trap")).length;
  console.log(
    `figures (test/gold/figures.jsonl, ${items.length} texts, ${goldCount} figures, ${traps} trap texts)`,
  );
  console.log(
    `  found          P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}   (tp ${tp} / fp ${fp} / fn ${fn})`,
  );
  console.log(`  figures in trap texts (should be 0)   ${trapFalsePositives}`);
  console.log("  on matched figures:");
  console.log(`    value right          ${tallies.value}`);
  console.log(`    unit right           ${tallies.unit}`);
  console.log(
    `    measure right        ${tallies.measure}   (word-overlap F1 ≥ ${MEASURE_RIGHT_AT}; mean overlap ${(tp === 0 ? 0 : measureOverlap / tp).toFixed(2)})`,
  );
  console.log(
    `    measure exact        ${tallies.measureExact}   (same words after that normalising)`,
  );
  console.log(`    span exact           ${tallies.span}`);
  console.log(`    approximation right  ${tallies.approximation}`);
  console.log(`    change right         ${tallies.change}`);
  console.log(`    date right           ${tallies.date}`);
}

/** Each gold figure paired with the predicted figure whose span overlaps it most. */
function pairUp(
  predicted: FigureMention[],
  gold: GoldFigure[],
): Array<[FigureMention, GoldFigure]> {
  const left = new Set(predicted);
  const pairs: Array<[FigureMention, GoldFigure]> = [];
  for (const g of gold) {
    let best: FigureMention | null = null;
    let bestOverlap = 0;
    for (const p of left) {
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (overlap > bestOverlap) {
        best = p;
        bestOverlap = overlap;
      }
    }
    if (best) {
      left.delete(best);
      pairs.push([best, g]);
    }
  }
  return pairs;
}

/** Word-overlap F1 of two measures; 1 when both are null, 0 when one is. */
function measureAgreement(predicted: string | null, gold: string | null): number {
  if (predicted === null || gold === null) return predicted === gold ? 1 : 0;
  const a = measureWords(predicted);
  const b = measureWords(gold);
  const shared = [...a].filter((word) => b.has(word)).length;
  if (shared === 0) return 0;
  const p = shared / a.size;
  const r = shared / b.size;
  return (2 * p * r) / (p + r);
}

function measureWords(measure: string): Set<string> {
  return new Set(
    measure
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== "" && !MEASURE_FUNCTION_WORDS.has(word))
      .map((word) => (word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word)),
  );
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function closeOrNull(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : close(a, b);
}

evaluateFigures();
