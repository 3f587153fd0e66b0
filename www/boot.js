// Starts the analyzer as early as the page allows. This module has no static imports and is
// the page's first script, so it runs as soon as it and the document have arrived: the wasm
// module, which index.html preloads, is compiled (streamed, off the main thread) before the
// page's other modules have loaded, instead of after. The engine (engine.js, core.js, the
// glue) is imported meanwhile; the worker receives the compiled module.
const wasm = WebAssembly.compileStreaming(fetch(new URL("./pkg/article_analyzer_bg.wasm", import.meta.url)));
const { Engine } = await import("./engine.js");

/** The page's analyzer engine. */
export const engine = new Engine({ wasm });
