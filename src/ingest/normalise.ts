/** The normalise stage: NFC, one line-ending convention, trimmed ends, a stable id and a title. */

import { createHash } from "node:crypto";
import { type Document, diagnostic } from "../model/index.js";
import type { StageDefinition } from "../pipeline/stage.js";
import { headlineOf } from "./title.js";

/**
 * Normalises the text every offset will refer to, forever: Unicode NFC, CRLF/CR → LF, no leading or
 * trailing whitespace. The id is derived from that text alone, so the same article read from two
 * files, or twice, gets the same id.
 */
export const normaliseStage: StageDefinition = {
  name: "normalise",
  requires: ["text", "meta"],
  assigns: ["text", "id", "meta"],
  create: () => normalise,
};

function normalise(document: Document): Document {
  const text = normaliseText(document.text);
  if (text === "") {
    const empty = diagnostic("ingest/no-text", "error", "article has no text", {
      source: "normalise",
    });
    return { ...document, text, diagnostics: [...document.diagnostics, empty] };
  }
  const meta = document.meta.title === null ? withInferredTitle(document, text) : document.meta;
  return { ...document, text, id: articleId(text), meta };
}

export function normaliseText(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").normalize("NFC").trim();
}

/** 16 hex digits of SHA-256 over the normalised text: collisions are negligible at corpus scale. */
export function articleId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

function withInferredTitle(document: Document, text: string): Document["meta"] {
  const title = headlineOf(text);
  return title === null
    ? document.meta
    : { ...document.meta, title, titleSource: "first-paragraph" };
}
