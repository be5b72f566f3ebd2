/** Locations inside the installed package (data files, bundled examples), independent of the cwd. */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The package root: `src/` and `dist/` both sit one level below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../", import.meta.url));
export const EXAMPLES_DIR = fileURLToPath(new URL("../examples", import.meta.url));
/** The example articles by format (the examples folder also holds its README). */
export const EXAMPLE_SOURCES = ["text", "feeds", "web"].map((folder) =>
  fileURLToPath(new URL(`../examples/${folder}`, import.meta.url)),
);

/** The installed package's version, from its package.json. */
export const VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;
