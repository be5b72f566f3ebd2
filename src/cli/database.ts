/** Resolves which database a command uses: --db, else $DYAD_DB, else ./dyad.db. */

import { type OpenOptions, openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";

export const DEFAULT_DB = "dyad.db";

export function databasePath(option: string | undefined): string {
  return option || process.env.DYAD_DB || DEFAULT_DB;
}

/** $DYAD_BUSY_TIMEOUT_MS: how long to wait for another writer (default 5000). */
export function openStore(option: string | undefined, options: OpenOptions = {}): Store {
  const busy = Number(process.env.DYAD_BUSY_TIMEOUT_MS);
  const busyTimeoutMs = Number.isFinite(busy) && busy >= 0 ? busy : undefined;
  return openSqliteStore(
    databasePath(option),
    busyTimeoutMs === undefined ? options : { ...options, busyTimeoutMs },
  );
}
