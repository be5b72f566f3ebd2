/** Diagnostics as data: what went wrong or was decided, where, and by which rule — never a throw. */

export type Severity = "error" | "warning" | "info";

/** Where a diagnostic points: a line of an input file and/or a span of the article text. */
export interface Place {
  readonly line?: number;
  readonly start?: number;
  readonly end?: number;
}

/**
 * One message about one input or article.
 * `error` means the input (or that part of it) was refused; `warning` means it was accepted with a
 * caveat the user should know; `info` records a decision (e.g. an English-only stage skipped).
 * @example diagnostic("ingest/empty-file", "error", "empty file", { source: "read" })
 */
export interface Diagnostic {
  readonly kind: "diagnostic";
  readonly ruleId: string;
  readonly severity: Severity;
  readonly reason: string;
  /** The stage or reader that produced it. */
  readonly source: string;
  readonly place?: Place;
}

export function diagnostic(
  ruleId: string,
  severity: Severity,
  reason: string,
  options: { source: string; place?: Place },
): Diagnostic {
  return options.place === undefined
    ? { kind: "diagnostic", ruleId, severity, reason, source: options.source }
    : {
        kind: "diagnostic",
        ruleId,
        severity,
        reason,
        source: options.source,
        place: options.place,
      };
}

export function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
