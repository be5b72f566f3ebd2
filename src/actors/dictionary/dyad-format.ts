/** dyad's own dictionary format (JSON Lines, one entry a line) and the loader for `--dict FILE`. */

import { isCalendarDay } from "../../ingest/iso-date.js";
import { readFileSync } from "node:fs";
import { UserError } from "../../model/index.js";
import { parsePetrarchActors, parsePetrarchAgents } from "./petrarch.js";
import type {
  ActorEntry,
  AgentEntry,
  CountryEntry,
  DatedCode,
  DictionaryDiagnostic,
  DictionaryEntry,
  ParsedDictionary,
} from "./types.js";

type Fields = Record<string, unknown>;
/** A checked value, or the reason it is not one. */
type Checked<T> = { ok: T } | { problem: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z0-9]{3,}$/;

const FIELDS: Record<DictionaryEntry["kind"], readonly string[]> = {
  actor: ["kind", "name", "phrases", "codes", "source"],
  agent: ["kind", "phrases", "sector", "source"],
  country: ["kind", "code", "names", "adjectives", "capitals", "source"],
};

/**
 * Reads dyad's dictionary format: one JSON object per line, an actor, agent or country entry
 * (see types.ts). Every line is checked; a bad one is skipped with a diagnostic naming it. Blank
 * lines and lines starting with `#` are ignored. `source` may be left out: it then names the file
 * and line. Phrases are matched without regard to case, so they are stored lower-case.
 * @example
 * parseDyadDictionary('{"kind":"agent","phrases":["harbor pilot"],"sector":"BUS"}\n', "my.jsonl")
 * // { entries: [{ kind: "agent", phrases: ["harbor pilot"], sector: "BUS", source: "my.jsonl:1" }], diagnostics: [] }
 */
export function parseDyadDictionary(text: string, source: string): ParsedDictionary {
  const entries: DictionaryEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const body = raw.trim();
    if (body === "" || body.startsWith("#")) return;
    const checked = parseEntry(body, `${source}:${index + 1}`);
    if ("ok" in checked) entries.push(checked.ok);
    else diagnostics.push({ line: index + 1, reason: `${checked.problem}; line skipped` });
  });
  return { entries, diagnostics };
}

function parseEntry(body: string, place: string): Checked<DictionaryEntry> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { problem: "not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { problem: "not a JSON object" };
  }
  const fields = value as Fields;
  const kind = fields.kind;
  if (kind !== "actor" && kind !== "agent" && kind !== "country") {
    return { problem: 'kind must be "actor", "agent" or "country"' };
  }
  const unknown = Object.keys(fields).find((key) => !FIELDS[kind].includes(key));
  if (unknown !== undefined) return { problem: `unknown field "${unknown}" for kind "${kind}"` };
  const origin = fields.source === undefined ? place : fields.source;
  if (typeof origin !== "string" || origin === "") {
    return { problem: "source must be a non-empty string" };
  }
  if (kind === "actor") return actorEntry(fields, origin);
  if (kind === "agent") return agentEntry(fields, origin);
  return countryEntry(fields, origin);
}

function actorEntry(fields: Fields, source: string): Checked<ActorEntry> {
  const name = nonEmptyString(fields.name, "name");
  if ("problem" in name) return name;
  const phrases = phraseList(fields.phrases, "phrases");
  if ("problem" in phrases) return phrases;
  const codes = datedCodes(fields.codes);
  if ("problem" in codes) return codes;
  return {
    ok: { kind: "actor", name: name.ok, phrases: phrases.ok, codes: codes.ok, source },
  };
}

function agentEntry(fields: Fields, source: string): Checked<AgentEntry> {
  const phrases = phraseList(fields.phrases, "phrases");
  if ("problem" in phrases) return phrases;
  if (typeof fields.sector !== "string" || !/^[A-Z]{3,}$/.test(fields.sector)) {
    return { problem: 'sector must be an upper-case code such as "GOV" or "GOVAGR"' };
  }
  return { ok: { kind: "agent", phrases: phrases.ok, sector: fields.sector, source } };
}

function countryEntry(fields: Fields, source: string): Checked<CountryEntry> {
  if (typeof fields.code !== "string" || !/^[A-Z]{3}$/.test(fields.code)) {
    return { problem: 'code must be three upper-case letters such as "VNM"' };
  }
  const names = stringList(fields.names, "names", 1);
  if ("problem" in names) return names;
  const adjectives = stringList(fields.adjectives ?? [], "adjectives", 0);
  if ("problem" in adjectives) return adjectives;
  const capitals = stringList(fields.capitals ?? [], "capitals", 0);
  if ("problem" in capitals) return capitals;
  return {
    ok: {
      kind: "country",
      code: fields.code,
      names: names.ok,
      adjectives: adjectives.ok,
      capitals: capitals.ok,
      source,
    },
  };
}

function nonEmptyString(value: unknown, field: string): Checked<string> {
  return typeof value === "string" && value.trim() !== ""
    ? { ok: value.trim() }
    : { problem: `${field} must be a non-empty string` };
}

function stringList(value: unknown, field: string, min: number): Checked<string[]> {
  const ok =
    Array.isArray(value) &&
    value.length >= min &&
    value.every((v) => typeof v === "string" && v.trim() !== "");
  if (!ok) {
    const what = min > 0 ? "a non-empty array" : "an array";
    return { problem: `${field} must be ${what} of non-empty strings` };
  }
  return { ok: (value as string[]).map((v) => v.trim().replace(/\s+/g, " ")) };
}

function phraseList(value: unknown, field: string): Checked<string[]> {
  const list = stringList(value, field, 1);
  return "problem" in list ? list : { ok: [...new Set(list.ok.map((p) => p.toLowerCase()))] };
}

function datedCodes(value: unknown): Checked<DatedCode[]> {
  if (!Array.isArray(value) || value.length === 0) {
    return { problem: "codes must be a non-empty array of {code, from, to}" };
  }
  const codes: DatedCode[] = [];
  for (const item of value as unknown[]) {
    const code = datedCode(item);
    if ("problem" in code) return code;
    codes.push(code.ok);
  }
  return { ok: codes };
}

function datedCode(item: unknown): Checked<DatedCode> {
  if (typeof item !== "object" || item === null) return { problem: "a code must be an object" };
  const { code, from = null, to = null, ...rest } = item as Fields;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) return { problem: `unknown field "${extra}" in a code` };
  if (typeof code !== "string" || !CODE.test(code)) {
    return { problem: `code must be upper-case letters and digits, got ${JSON.stringify(code)}` };
  }
  for (const [field, day] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (day !== null && (typeof day !== "string" || !isDay(day))) {
      return { problem: `${field} of ${code} must be "YYYY-MM-DD" or null` };
    }
  }
  if (typeof from === "string" && typeof to === "string" && to < from) {
    return { problem: `${code} ends (${to}) before it starts (${from})` };
  }
  return { ok: { code, from: from as string | null, to: to as string | null } };
}

function isDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  return isCalendarDay(y, m, d);
}

/** Which parser a dictionary file needs. */
export type DictionaryFormat = "dyad" | "petrarch-actors" | "petrarch-agents";

/**
 * `.jsonl` is dyad's format; otherwise a file with `[~CODE]` or `[CODE~]` agent codes is a
 * PETRARCH agent dictionary, and anything else a PETRARCH actor dictionary.
 * @example sniffDictionaryFormat("my.agents", "ENVOY [~GOV]\n") // "petrarch-agents"
 */
export function sniffDictionaryFormat(path: string, text: string): DictionaryFormat {
  if (path.toLowerCase().endsWith(".jsonl")) return "dyad";
  return /\[\s*~[A-Z]|\[[A-Z]+~\s*\]/.test(text) ? "petrarch-agents" : "petrarch-actors";
}

/**
 * Reads one dictionary file in whichever format it is written. An unreadable file is a
 * `UserError`; problems inside the file are diagnostics with line numbers, which the CLI prints
 * as `dyad: FILE:LINE: reason`.
 * @example loadDictionaryFile("kinakuta.actors").entries[0]?.kind // "actor"
 */
export function loadDictionaryFile(
  path: string,
): ParsedDictionary & { readonly format: DictionaryFormat } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(path, code === "ENOENT" ? "no such file" : `cannot read (${code})`);
  }
  const format = sniffDictionaryFormat(path, text);
  const parsed =
    format === "dyad"
      ? parseDyadDictionary(text, path)
      : format === "petrarch-agents"
        ? parsePetrarchAgents(text, path)
        : parsePetrarchActors(text, path);
  return { format, entries: parsed.entries, diagnostics: parsed.diagnostics };
}
