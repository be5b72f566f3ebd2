/** Errors the user can act on (a bad path, a locked database), as opposed to bugs. */

/** Printed by the CLI as one line `dyad: PATH: reason`, exit status 1, never with a stack trace. */
export class UserError extends Error {
  constructor(
    readonly path: string | null,
    readonly reason: string,
  ) {
    super(path === null ? reason : `${path}: ${reason}`);
    this.name = "UserError";
  }
}
