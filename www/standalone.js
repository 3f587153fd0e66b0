// @ts-check
// Entry of the single-file build (dist/article-analyzer.html, made by
// scripts/build-single.mjs): the same tool as the hosted page, with the wasm module, the
// worker's code and the sample article inlined by the build as `INLINED`, so that the file
// works when opened straight from disk, with no server and no request.
/* global INLINED */
import { Engine } from "./engine.js";
import { mountTool } from "./tool.js";

/** The bytes of base64 `text`. */
function fromBase64(text) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const wasm = fromBase64(INLINED.wasm);
const workerUrl = URL.createObjectURL(new Blob([INLINED.worker], { type: "text/javascript" }));
const tool = mountTool(document.getElementById("app"), {
  engine: new Engine({ workerUrl, wasm, workerType: "classic" }),
  storageKey: "article-analyzer:preferences",
  sample: async () => INLINED.sample,
});
try {
  await tool.ready;
  document.body.dataset.ready = "true";
} catch {
  // The tool's status line already says why.
}
