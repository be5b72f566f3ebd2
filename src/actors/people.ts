/** Codes a person from the words around the name: a title before it or an apposition after it. */

import type { Coded } from "./coded.js";
import type { LexiconMatch } from "./lexicon.js";
import type { NameRun } from "./names.js";

const APPOSITION_WORDS = 24;

/**
 * Codes a name run from its title ("Chinese Foreign Minister Wang Yi", "his Chinese counterpart
 * Xi Jinping") or, failing that, from an apposition ("Amara Diallo, foreign minister of Senegal,").
 * The groups that described the person are consumed: they are the person, not other actors.
 */
export function codePerson(
  run: NameRun,
  groups: readonly LexiconMatch[][],
  raw: readonly string[],
  words: readonly string[],
  roleNouns: ReadonlySet<string>,
): { coded: Coded; consumed: LexiconMatch[][] } {
  const name = raw.slice(run.start, run.end).join(" ");
  const person = (startWord: number, role: Role | null, rules: string[]): Coded => ({
    startWord,
    endWord: run.end,
    coded: {
      type: "person",
      name,
      code: role?.country ? `${role.country}${role.sector ?? ""}` : null,
      country: role?.country ?? null,
      sector: role?.sector?.slice(0, 3) ?? null,
      rules,
    },
  });

  const after = words[run.end];
  const closed = after === undefined || after === "," || after === ".";
  const title = groups.find((group) => {
    const end = (group[group.length - 1] as LexiconMatch).end;
    if (end > run.start) return false;
    const gap = words.slice(end, run.start);
    if (gap.length === 0 || (gap.length === 1 && roleNouns.has(gap[0] as string))) return true;
    // "Vietnam's President, To Lam," — a full title, a comma, and the name set off by commas.
    return gap.length === 1 && gap[0] === "," && closed && group.length > 1;
  });
  const titleRole = title && roleOf(title);
  if (title && titleRole) {
    const gapWord = words[(title[title.length - 1] as LexiconMatch).end];
    const via =
      run.start === (title[title.length - 1] as LexiconMatch).end
        ? []
        : [gapWord === "," ? "person:title-comma-name" : "person:role-noun"];
    return {
      coded: person(run.start, titleRole, [...titleRole.rules, ...via, "person:title-before-name"]),
      consumed: [title],
    };
  }

  if (words[run.end] === ",") {
    let stop = run.end + 1;
    while (stop < words.length && stop - run.end <= APPOSITION_WORDS && words[stop] !== ",") stop++;
    const inside = groups.filter(
      (group) =>
        (group[0] as LexiconMatch).start > run.end &&
        (group[group.length - 1] as LexiconMatch).end <= stop,
    );
    const lastEnd = Math.max(...inside.map((g) => (g[g.length - 1] as LexiconMatch).end));
    // An apposition describes and stops: "Speaker of the National Assembly of Vietnam," — words
    // after its last phrase other than name words ("... Central Committee") mean a clause instead.
    const closes = raw.slice(lastEnd, stop).every((w) => /^\p{Lu}/u.test(w) || w === ".");
    const role = closes
      ? mergeRoles(inside.map(roleOf).filter((r): r is Role => r !== null))
      : null;
    if (role)
      return {
        coded: person(run.start, role, [...role.rules, "person:apposition"]),
        consumed: inside,
      };
  }
  const copula = copulaRole(run, groups, words);
  if (copula) {
    return {
      coded: person(run.start, copula.role, [...copula.role.rules, "person:copula"]),
      consumed: [copula.group],
    };
  }
  return { coded: person(run.start, null, ["person:capitalised-name"]), consumed: [] };
}

/** Verbs that say what a person is: "Le Thi Hue is Vietnam's deputy foreign minister". */
const COPULAS = new Set([
  "is",
  "was",
  "became",
  "becomes",
  "has",
  "had",
  "serves",
  "served",
  "took",
  "remains",
]);
/** Words that may stand between the copula and the role: "has been the", "took over as". */
const COPULA_GLUE = new Set([
  "been",
  "as",
  "over",
  "the",
  "a",
  "an",
  "now",
  "also",
  "still",
  "currently",
  "once",
]);

/**
 * "NAME is COUNTRY's ROLE", "NAME took over as ROLE of COUNTRY", "NAME has been governor of
 * ...": the role right after a copula, as an apposition would give it.
 */
function copulaRole(
  run: NameRun,
  groups: readonly LexiconMatch[][],
  words: readonly string[],
): { role: Role; group: LexiconMatch[] } | null {
  if (!COPULAS.has(words[run.end] ?? "")) return null;
  let at = run.end + 1;
  while (at < words.length && at - run.end <= 4 && COPULA_GLUE.has(words[at] as string)) at++;
  const group = groups.find((g) => (g[0] as LexiconMatch).start === at);
  const role = group && roleOf(group);
  return group && role ? { role, group } : null;
}

interface Role {
  readonly country: string | null;
  readonly sector: string | null;
  readonly rules: readonly string[];
}

/** The country and sector a group of dictionary matches states; null when it states neither. */
function roleOf(group: readonly LexiconMatch[]): Role | null {
  let country: string | null = null;
  let sector: string | null = null;
  const rules: string[] = [];
  for (const match of group) {
    for (const sense of match.senses) {
      if (sense.kind === "agent") {
        sector = sense.sector;
        rules.push(sense.rule);
      } else if (sense.kind !== "actor" && country === null) {
        country = sense.country;
        rules.push(sense.rule);
      }
    }
  }
  return country === null && sector === null ? null : { country, sector, rules };
}

/** An apposition may spread country and sector over several phrases: "speaker of ... of Vietnam". */
function mergeRoles(roles: readonly Role[]): Role | null {
  if (roles.length === 0) return null;
  const country = roles.find((r) => r.country !== null)?.country ?? null;
  const sector = roles.find((r) => r.sector !== null)?.sector ?? null;
  return { country, sector, rules: roles.flatMap((r) => r.rules) };
}
