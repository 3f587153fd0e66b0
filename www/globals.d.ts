// What the single-file build (scripts/build-single.mjs) puts before standalone.js: the wasm
// module (base64), the worker's bundled code and the sample article.
declare const INLINED: { wasm: string; worker: string; sample: string };
