/** `dyad compare --format text`: the comparison as a reader scans it, evidence quoted. */

import type { Comparison, Contradiction, CoveredItem } from "./types.js";

export function comparisonText(comparison: Comparison): string {
  const articles = comparison.outlets.reduce((n, o) => n + o.articles.length, 0);
  const lines = [
    `story ${comparison.story}: ${articles} articles from ${comparison.outlets.length} outlets`,
    "",
    "outlets",
    ...comparison.outlets.map(
      (o) => `  ${o.outlet}  ${o.articles.length} article${o.articles.length === 1 ? "" : "s"}`,
    ),
    "",
    "coverage",
    ...comparison.coverage.map(itemLine),
    "",
    "reported by one outlet only",
    ...(comparison.unique.length > 0 ? comparison.unique.map(itemLine) : ["  (none)"]),
    "",
    "contradictions",
    ...(comparison.contradictions.length > 0
      ? comparison.contradictions.flatMap(contradictionLines)
      : ["  (none)"]),
  ];
  return `${lines.join("\n")}\n`;
}

function itemLine(item: CoveredItem): string {
  return `  [${item.kind}] ${item.label}  (${item.id})  ${item.outlets.join(", ")}`;
}

function contradictionLines(c: Contradiction): string[] {
  const verdict = c.supported === null ? "undecided: equal support" : `supported: ${c.supported}`;
  return [
    `  ${c.kind}: ${c.subject}  (${verdict})`,
    ...c.sides.flatMap((side) => [
      `    ${side.value}  ${side.outlets.length} outlet${side.outlets.length === 1 ? "" : "s"}: ${side.outlets.join(", ")}`,
      ...side.evidence
        .slice(0, 3)
        .map((e) => `      ${e.article} [${e.start}, ${e.end}) “${oneLine(e.text)}”`),
    ]),
  ];
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
