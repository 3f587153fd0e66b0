// @ts-check
// The embed API for other pages: `analyze(text, options)` on a shared Web Worker, and the
// pieces `<article-analyzer>` is made of. Types are in api.d.ts.
//
//   import { analyze } from "https://example.org/analyzer/api.js";
//   const analysis = await analyze(text, { referenceDate: "2025-11-06" });
import { Engine } from "./engine.js";

export { KINDS, KIND_LABELS } from "./render.js";
export { entitiesCsv } from "./io.js";
export { supportsSimd } from "./simd.js";

let shared = null;
let settings = {};

/**
 * Where the analyzer comes from, before the first analysis: `workerUrl` (null: analyse on the
 * page's thread) and `wasm` (URL, bytes or WebAssembly.Module). By default, the files beside
 * this module.
 */
export function configure(options = {}) {
  if (shared) throw new Error("configure() must come before the first analysis");
  settings = { ...options };
}

/** The analyzer engine every caller on this page shares (one worker, one wasm instance). */
export function sharedEngine() {
  shared ??= new Engine(settings);
  return shared;
}

/** Resolves once the analyzer is loaded (optional: `analyze` waits for it too). */
export function ready() {
  return sharedEngine().ready;
}

/**
 * Analyses `text` (a news article) and resolves to its analysis: entities, dates, quotes and
 * the reference date; offsets in UTF-16 code units, so `text.slice(start, end)` is right.
 * Options: `referenceDate` and `today` ("YYYY-MM-DD"), `onProgress(done, total)`.
 * Rejects with an Error naming the problem when an option is malformed, or named
 * "AnalyzerCrash" when the analyzer failed on this text (the next call works).
 */
export async function analyze(text, options = {}) {
  if (typeof text !== "string") throw new TypeError("analyze(text, options): text must be a string");
  const { onProgress, referenceDate = null, today = null } = options ?? {};
  const result = await sharedEngine().analyze(text, { referenceDate, today }, { onProgress });
  return result.analysis;
}
