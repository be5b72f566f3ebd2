/** Scores event coding against test/gold/events.jsonl: P/R/F1 at three levels, date and place. */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EMPTY_META, newDocument } from "../model/index.js";
import { PACKAGE_ROOT } from "../paths.js";
import { defaultPipeline } from "../pipeline/stages.js";

interface GoldActor {
  country: string | null;
  sector: string | null;
}

interface GoldEvent {
  source: GoldActor | null;
  target: GoldActor | null;
  cameo: string;
  date: string | null;
  location: { name: string; country: string } | null;
}

interface GoldItem {
  id: string;
  published: string | null;
  text: string;
  events: GoldEvent[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The comparable view of one event at one level of detail. */
type Level = (e: { cameo: string; source: string; target: string }) => string;

const LEVELS: ReadonlyArray<[string, Level]> = [
  ["root", (e) => e.cameo.slice(0, 2)],
  ["full code", (e) => e.cameo],
  ["source, target, root", (e) => `${e.source}>${e.target}:${e.cameo.slice(0, 2)}`],
];

function evaluateEvents(file = join(PACKAGE_ROOT, "test/gold/events.jsonl")): void {
  const items = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GoldItem);
  const pipeline = defaultPipeline();
  const counts = LEVELS.map((): Counts => ({ tp: 0, fp: 0, fn: 0 }));
  const dates = { right: 0, total: 0 };
  const places = { right: 0, total: 0 };
  const perRoot = new Map<string, Counts>();
  let goldEvents = 0;
  const started = performance.now();
  for (const item of items) {
    const document = pipeline.run(
      newDocument({ path: item.id, format: "text" }, item.text, {
        ...EMPTY_META,
        published: item.published,
      }),
    );
    // As `dyad events` shows them: an event whose source the corpus cannot code is not shown.
    const predicted = (document.events ?? [])
      .filter((e) => e.source !== null && (e.source.country !== null || e.source.code !== null))
      .map(comparable);
    const gold = item.events.map(comparable);
    goldEvents += gold.length;
    LEVELS.forEach(([, level], k) => score(predicted, gold, level, counts[k] as Counts));
    scoreRoots(predicted, gold, perRoot);
    // Dates and places are scored on the events both sides have (same dyad and root).
    const matched = pairUp(predicted, gold, LEVELS[2]?.[1] as Level);
    for (const [p, g] of matched) {
      dates.total++;
      if (p.date === g.date) dates.right++;
      if (p.location || g.location) {
        places.total++;
        if (p.location && g.location && samePlace(p.location, g.location)) places.right++;
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`events (test/gold/events.jsonl, ${items.length} texts, ${goldEvents} events)`);
  console.log("  level                    precision  recall     F1   (tp/fp/fn)");
  LEVELS.forEach(([name], k) => {
    const c = counts[k] as Counts;
    const { p, r, f } = prf(c);
    console.log(
      `  ${name.padEnd(24)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(6)}   (${c.tp}/${c.fp}/${c.fn})`,
    );
  });
  console.log(`  date right, matched events     ${percent(dates.right, dates.total)}`);
  console.log(`  place right, where either has one ${percent(places.right, places.total)}`);
  console.log("  F1 by root:");
  for (const [root, c] of [...perRoot].sort()) {
    const { p, r, f } = prf(c);
    console.log(
      `    ${root}  P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f.toFixed(2)}  (${c.tp}/${c.fp}/${c.fn})`,
    );
  }
  console.log(`  ${(items.length / seconds).toFixed(0)} texts/s`);
}

interface Comparable {
  cameo: string;
  source: string;
  target: string;
  date: string | null;
  location: { name: string; country: string } | null;
}

/** A predicted or a gold event, as scored: code, the two countries, date and place. */
function comparable(e: {
  readonly cameo: string;
  readonly source: { readonly country: string | null } | null;
  readonly target: { readonly country: string | null } | null;
  readonly date: string | null;
  readonly location: { name: string; country: string } | null;
}): Comparable {
  return {
    cameo: e.cameo,
    source: e.source?.country ?? "",
    target: e.target?.country ?? "",
    date: e.date,
    location: e.location,
  };
}

/** Multiset matching: each gold event can be found once. */
function score(predicted: Comparable[], gold: Comparable[], level: Level, counts: Counts): void {
  const matched = pairUp(predicted, gold, level).length;
  counts.tp += matched;
  counts.fp += predicted.length - matched;
  counts.fn += gold.length - matched;
}

function pairUp(predicted: Comparable[], gold: Comparable[], level: Level) {
  const left = [...gold];
  const pairs: Array<[Comparable, Comparable]> = [];
  for (const p of predicted) {
    const i = left.findIndex((g) => level(g) === level(p));
    if (i >= 0) {
      pairs.push([p, left[i] as Comparable]);
      left.splice(i, 1);
    }
  }
  return pairs;
}

function scoreRoots(predicted: Comparable[], gold: Comparable[], perRoot: Map<string, Counts>) {
  const roots = new Set([...predicted, ...gold].map((e) => e.cameo.slice(0, 2)));
  for (const root of roots) {
    const counts = perRoot.get(root) ?? { tp: 0, fp: 0, fn: 0 };
    const p = predicted.filter((e) => e.cameo.startsWith(root));
    const g = gold.filter((e) => e.cameo.startsWith(root));
    score(p, g, (e) => e.cameo.slice(0, 2), counts);
    perRoot.set(root, counts);
  }
}

function samePlace(a: { name: string; country: string }, b: { name: string; country: string }) {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return a.country === b.country && fold(a.name) === fold(b.name);
}

function prf({ tp, fp, fn }: Counts) {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;
}

evaluateEvents();
