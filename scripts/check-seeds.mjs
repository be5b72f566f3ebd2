// CI check on the seed articles beside the repository: ingest them and verify what the foundation
// promises — five articles, the publication dates their date lines give, undated ones left null,
// texts that round-trip exactly — and that the actors they are about are coded as a reader would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const seeds = resolve(process.argv[2] ?? "../shared/seeds");
const db = join(mkdtempSync(join(tmpdir(), "dyad-seeds-")), "seeds.db");
const dyad = (...args) =>
  execFileSync("node", ["dist/cli/main.js", ...args, "--db", db], { encoding: "utf8" });

dyad("ingest", seeds, "--quiet");
const articles = dyad("articles", "--text")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
const files = readdirSync(seeds).filter((f) => !f.startsWith("."));
const failures = [];
if (articles.length !== files.length)
  failures.push(`expected ${files.length} articles, got ${articles.length}`);

for (const file of files) {
  const raw = readFileSync(join(seeds, file), "utf8");
  const dateLine = /^ ?date (\d{4}-\d{2}-\d{2})[ \n]?/.exec(raw);
  const expectedDate = dateLine ? dateLine[1] : null;
  const expectedText = (dateLine ? raw.slice(dateLine[0].length) : raw)
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .trim();
  const article = articles.find((a) => a.path === join(seeds, file));
  if (!article) {
    failures.push(`${file}: not stored`);
    continue;
  }
  if (article.published !== expectedDate)
    failures.push(`${file}: published ${article.published}, expected ${expectedDate}`);
  if (article.text !== expectedText) failures.push(`${file}: text does not round-trip`);
}

// The actors the seed articles are about, as a reader codes them (issue "Actors", done-when).
const actors = dyad("actors")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
const expectedActors = [
  ["Xi Jinping", "CHN", null],
  ["To Lam", "VNM", null],
  ["Vuong Dinh Hue", "VNM", "LEG"],
  ["Wang Yi", "CHN", "GOV"],
  ["Bui Thanh Son", "VNM", "GOV"],
  ["Nguyen Phu Trong", "VNM", null],
];
for (const [name, country, sector] of expectedActors) {
  const actor = actors.find((a) => a.name === name);
  if (!actor) failures.push(`actor ${name}: not found`);
  else if (actor.country !== country)
    failures.push(`actor ${name}: country ${actor.country}, expected ${country}`);
  else if (sector && actor.sector !== sector)
    failures.push(`actor ${name}: sector ${actor.sector}, expected ${sector}`);
}
const toLam = actors.find((a) => a.name === "To Lam");
if (toLam && !toLam.conflicts.some((c) => c.field === "country" && c.value === "CHN")) {
  failures.push("actor To Lam: the wrong CHN title is not recorded as a conflict");
}

const undated = articles.filter((a) => a.published === null).length;
console.log(
  `seeds: ${articles.length} articles, ${undated} undated, ${actors.length} actors, ${failures.length} failures`,
);
for (const failure of failures) console.log(`  ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
