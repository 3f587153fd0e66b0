// The hosted page: mounts the tool, remembers the reader's preferences, and registers the
// service worker that keeps the page working offline after a first visit.
import { Engine } from "./engine.js";
import { mountTool } from "./tool.js";

// Compiled here, while the worker starts, and handed to it: the fetch begins at once.
const wasm = WebAssembly.compileStreaming(fetch(new URL("./pkg/article_analyzer_bg.wasm", import.meta.url)));
const engine = new Engine({ wasm });
const tool = mountTool(document.getElementById("app"), {
  engine,
  storageKey: "article-analyzer:preferences",
  sample: async () => {
    const response = await fetch("sample.txt");
    if (!response.ok) throw new Error("no sample");
    return response.text();
  },
});

if ("serviceWorker" in navigator && location.protocol !== "file:") {
  navigator.serviceWorker.register("sw.js").catch((error) => console.warn(`no offline copy: ${error.message}`));
}

try {
  await tool.ready;
  document.body.dataset.ready = "true";
  performance.mark("article-analyzer:ready");
} catch {
  // The tool's status line already says why.
}
