// @ts-check
// The Web Worker that runs the analyzer off the page's thread, so that a long article never
// freezes the page. Messages in: {type: "init", wasm?} once, then {type: "analyze", id, text,
// options}; each text is analysed in one call, so the page stops one by ending the worker.
// Messages out: {type: "ready", ms} | {type: "progress", id, done, total} |
// {type: "result", id, analysis, ms} | {type: "error", id?, message, name} (name "AnalyzerCrash"
// when the analyzer failed on the text; it has been reset and takes the next request).
import { load, warmUp } from "./core.js";

let analyzer = null;

self.addEventListener("message", async (/** @type {MessageEvent} */ { data }) => {
  if (data.type === "init") {
    try {
      const started = performance.now();
      analyzer = await load(data.wasm);
      // Before ready: this compiles the code the first analysis needs and lets the engine
      // optimize it (some tens of milliseconds), for the page's thread too when the page
      // sent its compiled module: the page analyses short texts with the same code.
      warmUp(analyzer, 3);
      self.postMessage({ type: "ready", ms: performance.now() - started });
    } catch (error) {
      self.postMessage({ type: "error", message: String(error?.message ?? error) });
    }
    return;
  }
  if (data.type !== "analyze") return;
  const { id } = data;
  try {
    const started = performance.now();
    const progress = (done, total) => self.postMessage({ type: "progress", id, done, total });
    const analysis = analyzer.analyze(data.text, data.options, progress);
    self.postMessage({ type: "result", id, analysis, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ type: "error", id, message: String(error?.message ?? error), name: error?.name ?? "Error" });
  }
});
