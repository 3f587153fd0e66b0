// @ts-check
// The analyzer itself, wherever it runs (the Web Worker, or the page when no worker can
// start): loads the wasm module once and analyses a text of any length in one call, the
// core reporting its progress, so that names link across the whole text.
import init, { Analyzer, __wbg_reset_state } from "./pkg/article_analyzer.js";
import { wasmUrl } from "./simd.js";

/** The name of the error thrown when the analyzer itself failed on a text (a bug in it). */
export const CRASH = "AnalyzerCrash";

/** What the reader is told when the analyzer failed on a text. */
export function crashMessage(error) {
  const detail = error?.message ? ` (${error.message})` : "";
  return `This text could not be analysed: the analyzer ran into a fault of its own${detail}. The page still works: edit the text or analyse another one.`;
}

/**
 * The analyzer, kept usable after a failure. A panic in the Rust core aborts the wasm call
 * and may leave the instance's memory half changed, so after any exception the instance is
 * replaced by a fresh one (wasm-bindgen's reset, from the same compiled module:
 * milliseconds; harmless after a mere refusal of bad options). A crash is rethrown as an
 * `AnalyzerCrash` error, a refusal as it came; either way the next call works.
 */
class SafeAnalyzer {
  #inner = new Analyzer();

  analyze(text, options, onProgress) {
    try {
      this.#inner ??= new Analyzer();
      return this.#inner.analyze(text, options, onProgress);
    } catch (error) {
      this.#inner = null;
      __wbg_reset_state();
      // A refusal is a plain Error thrown after Rust returned; anything else (the panic
      // hook's AnalyzerCrash, a trap, a stack overflow) means the call was cut short.
      if (error?.name === "Error") throw error;
      const step = error?.name === CRASH ? error.message : "the analysis failed";
      const crash = new Error(`${step}, on a text of ${text.length} characters`);
      crash.name = CRASH;
      throw crash;
    }
  }
}

let loading = null;

/**
 * Loads the wasm module and builds the analyzer, once. `wasm` is what wasm-bindgen's
 * `init` accepts (a URL, bytes or a `WebAssembly.Module`, or a promise of one); by default
 * the build beside the glue that this engine runs (SIMD or baseline, see simd.js).
 */
export function load(wasm) {
  loading ??= (async () => {
    await init({ module_or_path: wasm ? await wasm : wasmUrl() });
    return new SafeAnalyzer();
  })();
  return loading;
}

/** A short made-up article that goes through most of the analyzer's code: names, dates, quotes, sources. */
const WARM_UP = `LONDON (Reuters) - Ada Lovelace, the Analytical Society's envoy, met Charles Babbage and officials of the Royal Institution in Paris on Wednesday, October 8, according to two people familiar with the talks.
“We talked about the engine for three hours,” Lovelace said. “It was hard,” she added, saying the talks would resume next week. The Times reported on Monday that Babbage, 44, had flown in from Italy.
Earlier this year, the United Nations said 60 percent of the machines were damaged.`;

/**
 * Analyses a short article `times` times. The first analysis compiles most of the module's
 * code and the next ones let the engine optimize it; do this before the reader's first.
 */
export function warmUp(analyzer, times = 1) {
  for (let i = 0; i < times; i++) analyzer.analyze(WARM_UP, { referenceDate: "2025-01-01" });
}
