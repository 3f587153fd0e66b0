// @ts-check
// The page's side of the analyzer. It is ready as soon as the analyzer runs on the page's
// own thread (the fastest start: no worker to spin up), which is where short texts are
// analysed; the Web Worker (`worker.js`) starts right after and takes every long text, so
// that a long article never freezes the page. Each text is analysed in one call; a newer
// request stops an older one in the worker by ending that worker and starting another.
// Where no worker can start, long texts are analysed on the page too (it waits meanwhile).
import { load, warmUp } from "./core.js";

/** How long a worker may take to load the analyzer before the page gives up on it. */
const WORKER_TIMEOUT_MS = 20_000;

/** Texts up to this many UTF-16 code units are analysed on the page (a few milliseconds). */
export const PAGE_LIMIT = 20_000;

/**
 * Where an `Engine`'s analyzer comes from.
 * @typedef {object} EngineSettings
 * @property {URL | string | null} [workerUrl] the worker module (null: no worker)
 * @property {string | URL | BufferSource | WebAssembly.Module | Promise<BufferSource | WebAssembly.Module>} [wasm]
 * @property {WorkerType} [workerType] "module", or "classic" for a worker with no imports
 */

/** An analyzer on the page plus one in a worker; `ready` resolves once it can analyse. */
export class Engine {
  /**
   * `workerUrl`: the worker module (null: no worker); `wasm`: where the module comes from
   * (URL string, bytes, `WebAssembly.Module` or a promise of one; by default the build beside
   * the glue that `simd.js` picks for this engine);
   * `workerType`: "module", or "classic" for a worker script with no imports (the single file's).
   * @param {EngineSettings} [settings]
   */
  constructor({ workerUrl = new URL("./worker.js", import.meta.url), wasm, workerType = "module" } = {}) {
    this.workerType = workerType;
    this.workerUrl = workerUrl;
    this.wasm = wasm instanceof URL ? wasm.href : wasm;
    this.pending = new Map();
    this.nextId = 1;
    this.worker = null;
    this.analyzer = null;
    /** @type {"page" | "worker" | null} */
    this.lastWhere = null;
    this.ready = this.#startPage();
    /** Resolves once the worker runs (true) or could not start (false). */
    this.workerReady = this.ready.then(() => this.#startWorkerOrNot(workerUrl));
    // The first analysis compiles most of the module's code (lazily, function by function).
    // The worker warms up before it reports ready, and when it was given the page's compiled
    // module that compiles the code the page runs too, off the page's thread; the page's own
    // warm-up then only runs code already compiled. It comes after ready, never before, so
    // that it does not hold up the page's other start-up work.
    this.workerReady.then(() => setTimeout(() => warmUp(this.analyzer), 0));
  }

  /**
   * Where the last analysis ran ("worker" or "page"), else where long texts will.
   * @returns {"page" | "worker"}
   */
  get where() {
    return this.lastWhere ?? (this.worker ? "worker" : "page");
  }

  async #startPage() {
    this.analyzer = await load(this.wasm);
  }

  async #startWorkerOrNot(workerUrl) {
    if (!workerUrl || typeof Worker !== "function") return false;
    try {
      await this.#startWorker(workerUrl);
      return true;
    } catch (error) {
      console.warn(`article analyzer: no worker (${error.message}); long texts are analysed on the page`);
      this.worker?.terminate();
      this.worker = null;
      return false;
    }
  }

  #startWorker(url) {
    return new Promise((resolve, reject) => {
      const worker = new Worker(url, { type: this.workerType });
      const timer = setTimeout(() => reject(new Error("the worker did not start in time")), WORKER_TIMEOUT_MS);
      worker.addEventListener("error", (event) => reject(new Error(event.message || "the worker could not start")), { once: true });
      worker.addEventListener("message", ({ data }) => {
        if (data.type === "ready") {
          clearTimeout(timer);
          this.worker = worker;
          resolve(undefined);
        } else if (data.type === "error" && data.id === undefined) {
          reject(new Error(data.message));
        } else {
          this.#receive(data);
        }
      });
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
      else request.reject(Object.assign(new Error(data.message), { name: data.name ?? "Error" }));
    }
  }

  /**
   * Analyses `text`; resolves to `{analysis, ms}`, or to null when a later call with the same
   * `replace` key (any value: one per view, say) stopped it. `onProgress(done, total)` follows
   * the analysis (UTF-16 code units, an estimate).
   * @param {string} text
   * @param {import("./pkg/article_analyzer.js").AnalyzeOptions} [options]
   * @param {{ onProgress?: (done: number, total: number) => void, replace?: unknown }} [control]
   * @returns {Promise<{ analysis: import("./pkg/article_analyzer.js").Analysis, ms: number } | null>}
   */
  async analyze(text, options = {}, { onProgress, replace = null } = {}) {
    await this.ready;
    const id = this.nextId++;
    if (replace !== null) this.#cancel(replace);
    const inWorker = text.length > PAGE_LIMIT && (await this.workerReady) && this.worker !== null;
    this.lastWhere = inWorker ? "worker" : "page";
    if (!inWorker) {
      const started = performance.now();
      const analysis = this.analyzer.analyze(text, options, onProgress);
      return { analysis, ms: performance.now() - started };
    }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress, key: replace, text, options });
      this.worker.postMessage({ type: "analyze", id, text, options });
    });
  }

  /** Stops the worker's requests made with `key`: the worker is replaced, the others sent again. */
  #cancel(key) {
    const stopped = [...this.pending].filter(([, request]) => request.key === key);
    for (const [id, request] of stopped) {
      this.pending.delete(id);
      request.resolve(null);
    }
    // While a worker starts again, the stopped requests are simply not sent to it.
    if (stopped.length === 0 || !this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.workerReady = this.#startWorkerOrNot(this.workerUrl).then((started) => {
      for (const [id, request] of this.pending) {
        if (started) this.worker.postMessage({ type: "analyze", id, text: request.text, options: request.options });
        else request.reject(new Error("the analyzer's worker could not start again"));
      }
      if (!started) this.pending.clear();
      return started;
    });
  }
}
