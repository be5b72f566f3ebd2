// CI check on the seed articles beside the repository: ingest them and verify what the foundation
// promises — five articles, the publication dates their date lines give, undated ones left null,
// and texts that round-trip exactly.
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

const undated = articles.filter((a) => a.published === null).length;
console.log(`seeds: ${articles.length} articles, ${undated} undated, ${failures.length} failures`);
for (const failure of failures) console.log(`  ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
