// @ts-check
// The analyzer itself, wherever it runs (the Web Worker, or the page when no worker can
// start): loads the wasm module once and analyses a text of any length. Long texts are
// analysed section by section (split at line breaks) so that progress can be reported and
// a newer request can stop an older one; the sections' results are joined into one.
import init, { Analyzer, __wbg_reset_state } from "./pkg/article_analyzer.js";

/** Texts longer than this (UTF-16 code units) are analysed in sections of about this size. */
export const SECTION = 200_000;

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

  analyze(text, options) {
    try {
      this.#inner ??= new Analyzer();
      return this.#inner.analyze(text, options);
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
 * the file beside the glue.
 */
export function load(wasm) {
  loading ??= (async () => {
    await init(wasm ? { module_or_path: await wasm } : undefined);
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

/** Where to cut `text` into sections: after a line break near each `SECTION` boundary. */
export function sectionBounds(text, size = SECTION) {
  const bounds = [0];
  let start = 0;
  while (text.length - start > size) {
    let cut = text.lastIndexOf("\n", start + size);
    if (cut <= start + size / 2) cut = text.lastIndexOf(" ", start + size);
    if (cut <= start + size / 2) cut = start + size;
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut += 1;
    bounds.push(cut);
    start = cut;
  }
  bounds.push(text.length);
  return bounds;
}

/** Adds `offset` to every span in `node` and renames entity indices through `remap`, in place. */
function shift(node, offset, remap) {
  if (Array.isArray(node)) {
    for (const item of node) shift(item, offset, remap);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "span" && value) {
        value.start += offset;
        value.end += offset;
      } else if (key === "entity" && typeof value === "number") {
        node.entity = remap[value];
      } else {
        shift(value, offset, remap);
      }
    }
  }
}

/** Joins the analyses of consecutive sections; entities of the same kind and name become one. */
export function join(parts) {
  const joined = { referenceDate: parts[0].analysis.referenceDate, entities: [], dates: [], quotes: [], attributions: [], numbers: [] };
  const byKey = new Map();
  for (const { analysis, offset } of parts) {
    const remap = analysis.entities.map((entity) => {
      const key = `${entity.kind}\n${entity.name}`;
      if (!byKey.has(key)) {
        byKey.set(key, joined.entities.length);
        joined.entities.push({ ...entity, mentions: [] });
      }
      const index = byKey.get(key);
      shift(entity.mentions, offset, null);
      joined.entities[index].mentions.push(...entity.mentions);
      return index;
    });
    for (const [key, value] of Object.entries(analysis)) {
      if (key === "entities" || key === "referenceDate" || !Array.isArray(value)) continue;
      shift(value, offset, remap);
      (joined[key] ??= []).push(...value);
    }
  }
  return joined;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Analyses `text`, in sections when it is long. `onProgress(done, total)` is called after each
 * section (counts in UTF-16 code units); between sections the event loop runs, and when
 * `cancelled()` turns true the analysis stops and resolves to null.
 * @param {{ analyze(text: string, options?: import("./pkg/article_analyzer.js").AnalyzeOptions): import("./pkg/article_analyzer.js").Analysis }} analyzer
 * @param {string} text
 * @param {import("./pkg/article_analyzer.js").AnalyzeOptions} [options]
 * @param {(done: number, total: number) => void} [onProgress]
 * @param {() => boolean} [cancelled]
 * @returns {Promise<import("./pkg/article_analyzer.js").Analysis | null>}
 */
export async function analyzeText(analyzer, text, options = {}, onProgress = () => {}, cancelled = () => false) {
  const bounds = sectionBounds(text);
  const parts = [];
  let sectionOptions = { ...options };
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (i > 0) {
      await nextTask();
      if (cancelled()) return null;
    }
    const analysis = analyzer.analyze(text.slice(bounds[i], bounds[i + 1]), sectionOptions);
    // Every section is read against the date the first one chose (its dateline, say).
    if (i === 0 && analysis.referenceDate && !options.referenceDate) sectionOptions = { ...options, referenceDate: analysis.referenceDate.date };
    parts.push({ analysis, offset: bounds[i] });
    onProgress(bounds[i + 1], text.length);
  }
  return parts.length === 1 ? parts[0].analysis : join(parts);
}
