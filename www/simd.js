// @ts-check
// Which build of the analyzer's module this browser runs: the one compiled with WebAssembly
// SIMD (128-bit vector instructions; about a quarter faster), or the baseline one, for the
// few engines without SIMD (Safari before 16.4). Both are built from the same code, share
// one JavaScript glue and give the same results (scripts/build-web.sh checks the glue).

/**
 * The smallest module that uses a SIMD instruction: one function, `() -> v128`, whose body
 * is `i32.const 0; i32x4.splat; end`. It validates exactly where SIMD is supported.
 * (scripts/bundle.mjs copies these bytes into the service worker's manifest.)
 */
export const SIMD_PROBE = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: one type, func () -> v128
  0x03, 0x02, 0x01, 0x00, // function section: one function, of type 0
  0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0xfd, 0x11, 0x0b, // code: i32.const 0, i32x4.splat
];

/** The module file for SIMD and for the baseline, in www/pkg beside the glue. */
export const WASM_FILES = { simd: "article_analyzer_simd_bg.wasm", baseline: "article_analyzer_bg.wasm" };

/** Whether this engine runs WebAssembly SIMD. */
export function supportsSimd() {
  return typeof WebAssembly === "object" && WebAssembly.validate(new Uint8Array(SIMD_PROBE));
}

/**
 * The URL of the module build this engine should load, beside this file in `pkg/`. Each
 * name is written out in a `new URL("…", import.meta.url)` of its own, the form bundlers
 * recognize and copy (the names are those of `WASM_FILES`; tests/js checks).
 */
export function wasmUrl() {
  return supportsSimd()
    ? new URL("./pkg/article_analyzer_simd_bg.wasm", import.meta.url)
    : new URL("./pkg/article_analyzer_bg.wasm", import.meta.url);
}
