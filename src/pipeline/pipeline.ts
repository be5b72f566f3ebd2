/** Builds a checked pipeline from stage definitions: wiring errors surface at build, not at run. */

import { diagnostic } from "../model/diagnostic.js";
import {
  DOCUMENT_FIELDS,
  type Document,
  type DocumentField,
  READER_FIELDS,
} from "../model/document.js";
import { PipelineError } from "./errors.js";
import type { StageDefinition, StageRun } from "./stage.js";

/** A stage together with the configuration it is created with. */
export interface ConfiguredStage {
  readonly definition: StageDefinition<unknown>;
  readonly config?: unknown;
}

export interface Pipeline {
  readonly stageNames: readonly string[];
  run(document: Document): Document;
}

export interface PipelineOptions {
  /**
   * Called after each stage of each document with the stage's name and wall time in ms, so the
   * benchmark can break ingest time down by stage without a second way of running the stages.
   */
  readonly onStage?: (stage: string, ms: number) => void;
}

/** Accepts a bare definition (for config-less stages) or a definition with its config. */
export function configured<Config>(
  definition: StageDefinition<Config>,
  config?: Config,
): ConfiguredStage {
  return { definition: definition as StageDefinition<unknown>, config };
}

/**
 * Checks that every stage's requirements are met by readers or earlier stages, then creates each
 * stage once. The returned `run` is pure per document.
 */
export function buildPipeline(
  stages: readonly ConfiguredStage[],
  options: PipelineOptions = {},
): Pipeline {
  const available = new Set<DocumentField>(READER_FIELDS);
  const names = new Set<string>();
  for (const { definition } of stages) {
    if (names.has(definition.name)) throw new PipelineError("E002", definition.name);
    names.add(definition.name);
    for (const field of definition.requires) {
      if (!available.has(field)) {
        throw new PipelineError("E001", `${definition.name} requires "${field}"`);
      }
    }
    if (definition.englishOnly && !available.has("language")) {
      throw new PipelineError("E004", definition.name);
    }
    for (const field of definition.assigns) available.add(field);
  }

  const runs = stages.map(({ definition, config }) => ({
    definition,
    run: definition.create(config),
    frozen: DOCUMENT_FIELDS.filter((f) => f !== "diagnostics" && !definition.assigns.includes(f)),
  }));

  const step = ({ definition, run, frozen }: (typeof runs)[number], current: Document) =>
    definition.englishOnly && current.language && !current.language.english
      ? withSkipNote(current, definition.name)
      : checkedRun(definition.name, run, frozen, current);
  const { onStage } = options;
  return {
    stageNames: stages.map((s) => s.definition.name),
    run(document) {
      let current = document;
      for (const stage of runs) {
        if (onStage === undefined) {
          current = step(stage, current);
        } else {
          const started = performance.now();
          current = step(stage, current);
          onStage(stage.definition.name, performance.now() - started);
        }
      }
      return current;
    },
  };
}

function checkedRun(
  name: string,
  run: StageRun,
  frozen: readonly DocumentField[],
  before: Document,
): Document {
  const after = run(before);
  for (const field of frozen) {
    if (after[field] !== before[field])
      throw new PipelineError("E003", `${name} changed "${field}"`);
  }
  return after;
}

function withSkipNote(document: Document, stageName: string): Document {
  const code = document.language?.code ?? "und";
  const note = diagnostic(
    "pipeline/skipped-non-english",
    "info",
    `${stageName} skipped: article language is "${code}", this stage reads English only`,
    { source: stageName },
  );
  return { ...document, diagnostics: [...document.diagnostics, note] };
}
