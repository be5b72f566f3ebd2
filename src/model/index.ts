/** The model's public surface: import types and factories from here. */
export * from "./diagnostic.js";
export * from "./document.js";
export * from "./user-error.js";
