/** One catalogue of internal error codes, so a message can be looked up and tested by code. */

export const PipelineErrors = {
  E001: "stage requires a field that no reader or earlier stage assigns",
  E002: "two stages share a name",
  E003: "stage changed a field it does not declare in `assigns`",
  E004: "English-only stage placed before the language stage",
} as const;

export type PipelineErrorCode = keyof typeof PipelineErrors;

/** A programming error in how stages are wired; never caused by user input. */
export class PipelineError extends Error {
  constructor(
    readonly code: PipelineErrorCode,
    detail: string,
  ) {
    super(`[${code}] ${PipelineErrors[code]}: ${detail}`);
    this.name = "PipelineError";
  }
}
