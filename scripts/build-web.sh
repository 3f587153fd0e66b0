#!/usr/bin/env bash
# Builds the static page in www/: the wasm module and its JavaScript glue in www/pkg,
# the built-in sample article in www/sample.txt (from data/sample/), the page's script www/app.bundle.js
# (esbuild) and the service worker's manifest www/sw-manifest.js, with .br and .gz copies of each;
# then the single self-contained file dist/article-analyzer.html (works from file://). Needs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# Two builds of the module from the same code, in the `wasm` profile (Cargo.toml): one with
# WebAssembly SIMD, which nearly every browser runs (about a quarter faster), and the
# baseline for the rest; www/simd.js picks one per browser. Each has a target directory of
# its own, so that building one never invalidates the other.
cargo build -p article-analyzer-wasm --lib --profile wasm --target wasm32-unknown-unknown
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-feature=+simd128" \
  cargo build -p article-analyzer-wasm --lib --profile wasm --target wasm32-unknown-unknown --target-dir target/simd
rm -rf www/pkg target/simd/pkg
# The reset function lets www/core.js replace an instance that a panic (an abort) left
# half changed with a fresh one from the same module.
glue() { # module out-dir
  wasm-bindgen --target web --experimental-reset-state-function --out-dir "$2" --out-name article_analyzer "$1"
}
glue target/wasm32-unknown-unknown/wasm/article_analyzer_wasm.wasm www/pkg
glue target/simd/wasm32-unknown-unknown/wasm/article_analyzer_wasm.wasm target/simd/pkg
# One glue serves both: the two modules must import and export exactly the same, and the
# glue's own modules (snippets/: the result's reader, crates/wasm/js) be the same files.
cmp www/pkg/article_analyzer.js target/simd/pkg/article_analyzer.js
diff -r www/pkg/snippets target/simd/pkg/snippets
# The npm binaryen (not Debian's wasm-opt 108, whose output fails at start-up).
optimize() { # in out [more features]
  wasm-opt -Oz --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue "${@:3}" \
    "$1" -o "$2"
}
optimize www/pkg/article_analyzer_bg.wasm www/pkg/article_analyzer_bg.wasm
optimize target/simd/pkg/article_analyzer_bg.wasm www/pkg/article_analyzer_simd_bg.wasm --enable-simd
rm -f www/pkg/.gitignore www/pkg/package.json

# The page's built-in sample is the project's own copy of the seed article.
cp data/sample/article.txt www/sample.txt
echo "built www/ (wasm: $(wc -c < www/pkg/article_analyzer_simd_bg.wasm) bytes with SIMD, $(wc -c < www/pkg/article_analyzer_bg.wasm) baseline)"
node scripts/bundle.mjs
node scripts/build-single.mjs
# Brotli and gzip copies beside the page's files, which scripts/serve.mjs sends.
node scripts/precompress.mjs www
