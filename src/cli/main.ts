#!/usr/bin/env node
/** dyad's command line: registers the commands and turns failures into one-line errors. */

import { Command, CommanderError } from "commander";
import { UserError } from "../model/index.js";
import { VERSION } from "../paths.js";
import { registerActor } from "./commands/actor.js";
import { registerActors } from "./commands/actors.js";
import { registerArticles } from "./commands/articles.js";
import { registerCode } from "./commands/code.js";
import { registerDemo } from "./commands/demo.js";
import { registerEvents, registerMentions } from "./commands/events.js";
import { registerExplain } from "./commands/explain.js";
import { registerIngest } from "./commands/ingest.js";
import { registerStats } from "./commands/stats.js";
import { printError } from "./report.js";

const EXIT_USER = 1;
const EXIT_INTERNAL = 2;

export function buildProgram(): Command {
  const program = new Command("dyad")
    .description("Turn international-relations news into event data, with evidence for every item.")
    .version(VERSION)
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .configureOutput({
      outputError: (message, write) => write(`dyad: ${message.replace(/^error: /, "")}`),
    })
    .addHelpText(
      "after",
      `
Examples:
  dyad demo                              ingest the bundled examples into ./dyad-demo.db
  dyad ingest news/ --db news.db         read a folder of articles
  dyad articles --db news.db --format csv
  dyad stats --db news.db`,
    );
  registerDemo(program);
  registerIngest(program);
  registerArticles(program);
  registerStats(program);
  registerActor(program);
  registerActors(program);
  registerCode(program);
  registerEvents(program);
  registerMentions(program);
  registerExplain(program);
  return program;
}

async function main(argv: readonly string[]): Promise<void> {
  // A closed pipe (`dyad articles | head`) is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  try {
    // Async: the commands that code text import the pipeline only when they run.
    await buildProgram().parseAsync(argv as string[]);
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are successful exits; usage mistakes are the user's.
    return error.exitCode === 0 ? 0 : EXIT_USER;
  }
  if (error instanceof UserError) {
    printError(error.message);
    return EXIT_USER;
  }
  const message = error instanceof Error ? error.message : String(error);
  printError(`internal error: ${message} (please report it; DYAD_DEBUG=1 shows details)`);
  if (process.env.DYAD_DEBUG) console.error(error);
  return EXIT_INTERNAL;
}

void main(process.argv);
