/** Prints diagnostics and errors the one way the contract allows: one line, starting "dyad: ". */

import type { Diagnostic } from "../model/index.js";

export function displayPath(path: string): string {
  return path === "-" ? "<stdin>" : path;
}

/** `dyad: PATH: reason` for refused input; `dyad: PATH: warning: reason` for accepted input. */
export function formatDiagnostic(path: string, diagnostic: Diagnostic): string {
  const label = diagnostic.severity === "error" ? "" : `${diagnostic.severity}: `;
  return `dyad: ${displayPath(path)}: ${label}${diagnostic.reason}`;
}

export function printError(message: string): void {
  process.stderr.write(`dyad: ${message}\n`);
}
