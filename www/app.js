// @ts-check
// The hosted page: mounts the tool, remembers the reader's preferences, and registers the
// service worker that keeps the page working offline after a first visit. index.html loads
// it joined with the modules it imports, as app.bundle.js (scripts/bundle.mjs); this file
// runs as it is too.
import { Engine } from "./engine.js";
import { mountTool } from "./tool.js";
import { wasmUrl } from "./simd.js";

// The analyzer's module (about 1 MB compressed) is asked for by this script, not preloaded
// by the page: on a slow link it would take the bandwidth the page's own files need first.
// It compiles as it arrives, off the main thread, while the tool is drawn and says it is
// loading. The build with SIMD where the browser runs it, else the baseline one.
const wasm = WebAssembly.compileStreaming(fetch(wasmUrl()));

const tool = mountTool(document.getElementById("app"), {
  engine: new Engine({ wasm }),
  storageKey: "article-analyzer:preferences",
  sample: async () => {
    const response = await fetch("sample.txt");
    if (!response.ok) throw new Error("no sample");
    return response.text();
  },
});

try {
  await tool.ready;
  document.body.dataset.ready = "true";
  performance.mark("article-analyzer:ready");
} catch {
  // The tool's status line already says why.
}

// After ready: on a first visit the service worker downloads every file of the page again
// to store it, which would compete with the page's own start-up.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  navigator.serviceWorker.register("sw.js").catch((error) => console.warn(`no offline copy: ${error.message}`));
}
