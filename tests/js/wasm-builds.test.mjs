// The analyzer ships two builds of its module (scripts/build-web.sh): with WebAssembly SIMD
// and without. www/simd.js picks one per engine; both must give the same analysis, since a
// reader's browser decides which one runs. Plain Node (its V8 runs SIMD), after the build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SIMD_PROBE, WASM_FILES, supportsSimd, wasmUrl } from "../../www/simd.js";

const pkg = new URL("../../www/pkg/", import.meta.url);
const built = existsSync(fileURLToPath(new URL(WASM_FILES.simd, pkg)));

test("the SIMD probe validates where SIMD runs, and a changed probe does not", () => {
  assert.equal(supportsSimd(), true, "Node's V8 runs wasm SIMD");
  const unknownOpcode = SIMD_PROBE.slice();
  unknownOpcode[unknownOpcode.length - 2] = 0xff; // i32x4.splat (0xfd 0x11) becomes 0xfd 0xff
  assert.equal(WebAssembly.validate(new Uint8Array(unknownOpcode)), false);
});

test("the URL picked is the SIMD build's, beside the glue", () => {
  assert.equal(wasmUrl().href, new URL(WASM_FILES.simd, pkg).href);
});

test("both builds give the same analysis of the sample article", { skip: !built && "scripts/build-web.sh has not run" }, async () => {
  const text = readFileSync(new URL("../../data/sample/article.txt", import.meta.url), "utf8");
  const analyses = [];
  for (const file of [WASM_FILES.simd, WASM_FILES.baseline]) {
    // A glue module of its own for each build (the query makes it another module).
    const glue = await import(new URL(`article_analyzer.js?${file}`, pkg).href);
    await glue.default({ module_or_path: readFileSync(new URL(file, pkg)) });
    analyses.push(new glue.Analyzer().analyze(text, { referenceDate: "2025-11-06" }));
  }
  const [simd, baseline] = analyses;
  assert.ok(simd.entities.some((e) => e.name === "Steve Witkoff"), "the SIMD build finds Steve Witkoff");
  assert.ok(simd.quotes.length > 0 && simd.dates.length > 0, "and quotes and dates");
  assert.deepEqual(simd, baseline);
});
