// The page's side of the analyzer: starts the Web Worker (`worker.js`) and sends it texts.
// Where no worker can start, the analyzer runs on the page's own thread instead, still in
// sections with pauses between them.
import { load, warmUp, analyzeText } from "./core.js";

/** How long a worker may take to load the analyzer before the page gives up on it. */
const WORKER_TIMEOUT_MS = 20_000;

/** A worker-backed analyzer; `ready` resolves once it can analyse. */
export class Engine {
  /**
   * `workerUrl`: the worker module (null: no worker); `wasm`: where the module comes from
   * (URL string, bytes, `WebAssembly.Module` or a promise of one; by default the file beside
   * the glue);
   * `workerType`: "module", or "classic" for a worker script with no imports (the single file's).
   */
  constructor({ workerUrl = new URL("./worker.js", import.meta.url), wasm, workerType = "module" } = {}) {
    this.workerType = workerType;
    this.wasm = wasm instanceof URL ? wasm.href : wasm;
    this.pending = new Map();
    this.nextId = 1;
    this.worker = null;
    this.analyzer = null;
    this.ready = this.#start(workerUrl);
  }

  /** Where the analysis runs: "worker" or "page". */
  get where() {
    return this.worker ? "worker" : "page";
  }

  async #start(workerUrl) {
    if (workerUrl && typeof Worker === "function") {
      try {
        await this.#startWorker(workerUrl);
        return;
      } catch (error) {
        console.warn(`article analyzer: no worker (${error.message}); analysing on the page`);
        this.worker?.terminate();
        this.worker = null;
      }
    }
    this.analyzer = await load(this.wasm);
    warmUp(this.analyzer);
  }

  #startWorker(url) {
    return new Promise((resolve, reject) => {
      const worker = new Worker(url, { type: this.workerType });
      this.worker = worker;
      const timer = setTimeout(() => reject(new Error("the worker did not start in time")), WORKER_TIMEOUT_MS);
      worker.addEventListener("error", (event) => reject(new Error(event.message || "the worker could not start")), { once: true });
      worker.addEventListener("message", ({ data }) => {
        if (data.type === "ready") {
          clearTimeout(timer);
          resolve();
        } else if (data.type === "error" && data.id === undefined) {
          reject(new Error(data.message));
        } else {
          this.#receive(data);
        }
      });
      // The worker loads its modules while the wasm module (maybe still compiling) is awaited.
      Promise.resolve(this.wasm).then((wasm) => worker.postMessage({ type: "init", wasm }), reject);
    });
  }

  #receive(data) {
    const request = this.pending.get(data.id);
    if (!request) return;
    if (data.type === "progress") {
      request.onProgress?.(data.done, data.total);
    } else {
      this.pending.delete(data.id);
      if (data.type === "result") request.resolve({ analysis: data.analysis, ms: data.ms });
      else request.reject(new Error(data.message));
    }
  }

  /**
   * Analyses `text`; resolves to `{analysis, ms}`, or to null when a later call with the same
   * `replace` key (any value: one per view, say) stopped it. `onProgress(done, total)` follows
   * long texts section by section.
   */
  async analyze(text, options = {}, { onProgress, replace = null } = {}) {
    await this.ready;
    const id = this.nextId++;
    if (replace !== null) this.#cancel(replace);
    if (!this.worker) {
      const started = performance.now();
      this.pending.set(id, { cancelled: false, key: replace });
      const request = this.pending.get(id);
      try {
        const analysis = await analyzeText(this.analyzer, text, options, onProgress, () => request.cancelled);
        return analysis && { analysis, ms: performance.now() - started };
      } finally {
        this.pending.delete(id);
      }
    }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress, key: replace });
      this.worker.postMessage({ type: "analyze", id, text, options });
    });
  }

  #cancel(key) {
    for (const [id, request] of this.pending) {
      if (request.key !== key) continue;
      request.cancelled = true;
      if (this.worker) {
        this.worker.postMessage({ type: "cancel", id });
        request.resolve(null);
        this.pending.delete(id);
      }
    }
  }
}
