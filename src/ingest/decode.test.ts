import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeBytes", () => {
  it("reads UTF-8 and drops a byte-order mark", () => {
    const result = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Hà Nội — “talks”")]));
    expect(result).toEqual({ ok: true, text: "Hà Nội — “talks”", diagnostics: [] });
  });

  it("reads UTF-16 with a byte-order mark", () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from("Talks ended.", "utf16le")]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: "Talks ended." });
  });

  it("refuses an empty file and a whitespace-only file", () => {
    expect(decodeBytes(bytes())).toMatchObject({ ok: false, diagnostic: { reason: "empty file" } });
    expect(decodeBytes(utf8(" \n\t\n"))).toMatchObject({
      ok: false,
      diagnostic: { reason: "empty file (only whitespace)" },
    });
  });

  it("refuses binary files, naming known formats", () => {
    expect(decodeBytes(utf8("%PDF-1.7\n..."))).toMatchObject({
      ok: false,
      diagnostic: { ruleId: "ingest/binary", reason: "binary file (PDF), not text" },
    });
    expect(decodeBytes(bytes(65, 66, 0, 67))).toMatchObject({
      ok: false,
      diagnostic: { reason: "binary file (contains NUL bytes), not text" },
    });
    const noisy = Uint8Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 3 : 97));
    expect(decodeBytes(noisy)).toMatchObject({
      ok: false,
      diagnostic: { ruleId: "ingest/binary" },
    });
  });

  it("repairs a few invalid UTF-8 bytes with a warning", () => {
    const text = "The minister said the talks went well. ".repeat(5);
    const broken = Uint8Array.from([...utf8(text), 0xff, ...utf8(" End.")]);
    const result = decodeBytes(broken);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(`${text}\uFFFD End.`);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "ingest/invalid-utf8",
        severity: "warning",
        reason: "invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD",
      }),
    ]);
  });

  it("does not count a real U+FFFD in the file as damage", () => {
    expect(decodeBytes(utf8("A real \uFFFD character."))).toMatchObject({
      ok: true,
      diagnostics: [],
    });
  });

  it("refuses text in another encoding rather than replacing most of it", () => {
    const latin1 = Buffer.from(
      "Le président a rencontré à Pékin son homologue élu été café.",
      "latin1",
    );
    expect(decodeBytes(latin1)).toMatchObject({
      ok: false,
      diagnostic: { ruleId: "ingest/not-utf8" },
    });
  });
});
