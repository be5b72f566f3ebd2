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

// The events the seed articles report (issue "Events", done-when). Expectations name what a
// reader sees in the texts; nothing in dyad knows these articles.
const events = dyad("events")
  .trim()
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const between = (e, a, b) =>
  (e.source?.country === a && e.target?.country === b) ||
  (e.source?.country === b && e.target?.country === a);
const named = (e, name) => e.source?.name === name || e.target?.name === name;
const expectEvent = (label, test) => {
  if (!events.some(test)) failures.push(`event ${label}: not found`);
};
expectEvent(
  "Xi-Lam talks: CHN-VNM root 04 on 2024-08-19 in Beijing in >= 2 articles",
  (e) =>
    between(e, "CHN", "VNM") &&
    e.root === "04" &&
    e.date === "2024-08-19" &&
    e.location?.name === "Beijing" &&
    e.num_articles >= 2,
);
expectEvent(
  "agreements signed: 057 CHN-VNM on 2024-08-19",
  (e) => between(e, "CHN", "VNM") && e.cameo === "057" && e.date === "2024-08-19",
);
expectEvent(
  "Lam's state visit: VNM -> CHN 042 in 2024-08",
  (e) =>
    e.source?.country === "VNM" &&
    e.target?.country === "CHN" &&
    e.cameo === "042" &&
    e.date?.startsWith("2024-08") &&
    named(e, "To Lam"),
);
expectEvent(
  "Xi-Hue meeting: 2024-04-08, not in the city of Hue",
  (e) =>
    named(e, "Xi Jinping") &&
    named(e, "Vuong Dinh Hue") &&
    e.root === "04" &&
    e.date === "2024-04-08",
);
for (const e of events) {
  if (named(e, "Xi Jinping") && named(e, "Vuong Dinh Hue") && /^Hu/.test(e.location?.name ?? "")) {
    failures.push(`event ${e.id}: the Xi-Hue meeting placed in the city of ${e.location.name}`);
  }
}
expectEvent(
  "Wang Yi - Bui Thanh Son meeting on 2024-04-04",
  (e) => named(e, "Wang Yi") && named(e, "Bui Thanh Son") && e.date === "2024-04-04",
);
expectEvent(
  "2014 anti-China violence dated 2014",
  (e) => between(e, "CHN", "VNM") && e.date === "2014" && ["14", "17", "18", "19"].includes(e.root),
);
for (const e of events) {
  for (const side of [e.source, e.target]) {
    if (side?.name === "To Lam" && side.country === "CHN") {
      failures.push(`event ${e.id}: To Lam coded as a CHN actor`);
    }
  }
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  if (!e.mentions.some((m) => texts.get(m.article)?.slice(m.start, m.end) === m.text)) {
    failures.push(`event ${e.id}: no mention whose text equals its article slice`);
  }
}

const undated = articles.filter((a) => a.published === null).length;
console.log(
  `seeds: ${articles.length} articles, ${undated} undated, ${actors.length} actors, ` +
    `${events.length} events, ${failures.length} failures`,
);
for (const failure of failures) console.log(`  ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
