// @ts-check
// The page's first script, with no imports: it starts compiling the wasm module, which
// index.html preloads, as soon as it and the document have arrived (streamed, off the main
// thread), while the page's one other script (app.bundle.js) is still loading.
/** The compiled analyzer module (a promise), for the page's engine and its worker. */
export const wasm = WebAssembly.compileStreaming(fetch(new URL("./pkg/article_analyzer_bg.wasm", import.meta.url)));
