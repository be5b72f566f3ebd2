/** Turns raw file bytes into text: refuses binary and empty input, repairs a little invalid UTF-8. */

import { type Diagnostic, diagnostic } from "../model/index.js";

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

const SNIFF_BYTES = 8192;
/** Above this share of replaced characters the file is not UTF-8 with a few bad bytes but another encoding. */
const MAX_REPLACED_SHARE = 0.01;
/** A short note with one damaged character is still worth keeping. */
const MIN_REPLACED_REFUSED = 4;

const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP/Office", [0x50, 0x4b, 0x03, 0x04]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["gzip", [0x1f, 0x8b]],
  ["SQLite", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/**
 * Decodes one input. UTF-8 (with or without BOM) and UTF-16 with a BOM are read; a UTF-8 file with
 * a few invalid byte sequences is decoded with U+FFFD in their place and a warning; a file with many
 * is refused, since it is most likely in another encoding and replacing would lose its text.
 * @example decodeBytes(Buffer.from("Hello")) // { ok: true, text: "Hello", diagnostics: [] }
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return refuse("ingest/empty", "empty file");
  const utf16 = utf16Encoding(bytes);
  if (utf16) return accept(new TextDecoder(utf16).decode(bytes), []);
  const kind = binaryKind(bytes);
  if (kind) return refuse("ingest/binary", `binary file (${kind}), not text`);

  try {
    return accept(strictUtf8.decode(bytes), []);
  } catch {
    const text = lenientUtf8.decode(bytes);
    const replaced = countReplacements(text) - countEncodedReplacements(bytes);
    if (replaced > Math.max(MIN_REPLACED_REFUSED, text.length * MAX_REPLACED_SHARE)) {
      return refuse(
        "ingest/not-utf8",
        `not UTF-8: ${replaced} invalid byte sequences (convert the file to UTF-8)`,
      );
    }
    const warning = diagnostic(
      "ingest/invalid-utf8",
      "warning",
      `invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD`,
      { source: "read" },
    );
    return accept(text, [warning]);
  }
}

function accept(text: string, diagnostics: readonly Diagnostic[]): Decoded {
  if (text.trim().length === 0) return refuse("ingest/empty", "empty file (only whitespace)");
  return { ok: true, text, diagnostics };
}

function refuse(ruleId: string, reason: string): Decoded {
  return { ok: false, diagnostic: diagnostic(ruleId, "error", reason, { source: "read" }) };
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) {
    if (magic.every((byte, i) => bytes[i] === byte)) return name;
  }
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte === 0) return "contains NUL bytes";
    // Tab, line feed, form feed, carriage return and escape occur in text; other C0 codes do not.
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) {
      control++;
    }
  }
  return control > end * 0.01 ? "control characters" : null;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) count++;
  return count;
}

/** U+FFFD written deliberately in the file (EF BF BD) is text, not a decoding failure. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}
