// Starts the analyzer as early as the page allows: this small module graph (engine, core,
// glue) runs before the tool's modules have loaded, fetches and compiles the wasm module on
// the page (off its main thread) and starts the worker, which receives the compiled module.
import { Engine } from "./engine.js";

/** The page's analyzer engine. */
export const engine = new Engine({ wasm: WebAssembly.compileStreaming(fetch(new URL("./pkg/article_analyzer_bg.wasm", import.meta.url))) });
