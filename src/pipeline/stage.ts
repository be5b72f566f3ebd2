/** A stage is a factory plus a pure function: `create(config)` loads once, the result maps documents. */

import type { Document, DocumentField } from "../model/index.js";

export type StageRun = (document: Document) => Document;

/**
 * A registered per-article stage.
 * `requires` must be assigned by a reader or an earlier stage; the stage may change only the fields
 * in `assigns` (and append to `diagnostics`). English-only stages are skipped for other languages.
 * @example
 * const upper: StageDefinition = { name: "upper", requires: ["text"], assigns: ["text"],
 *   create: () => (doc) => ({ ...doc, text: doc.text.toUpperCase() }) };
 */
export interface StageDefinition<Config = void> {
  readonly name: string;
  readonly requires: readonly DocumentField[];
  readonly assigns: readonly DocumentField[];
  readonly englishOnly?: boolean;
  create(config: Config): StageRun;
}
