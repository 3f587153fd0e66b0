#!/usr/bin/env bash
# Builds the static page in www/: the wasm module and its JavaScript glue in www/pkg,
# the built-in sample article in www/sample.txt (from data/sample/), the page's script www/app.bundle.js
# (esbuild) and the service worker's manifest www/sw-manifest.js, with .br and .gz copies of each;
# then the single self-contained file dist/article-analyzer.html (works from file://). Needs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The `wasm` profile (Cargo.toml): release, optimized for size.
cargo build -p article-analyzer-wasm --lib --profile wasm --target wasm32-unknown-unknown
rm -rf www/pkg
# The reset function lets www/core.js replace an instance that a panic (an abort) left
# half changed with a fresh one from the same module.
wasm-bindgen --target web --experimental-reset-state-function --out-dir www/pkg --out-name article_analyzer \
  target/wasm32-unknown-unknown/wasm/article_analyzer_wasm.wasm
# The npm binaryen (not Debian's wasm-opt 108, whose output fails at start-up).
wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg/article_analyzer_bg.wasm -o www/pkg/article_analyzer_bg.wasm
rm -f www/pkg/.gitignore www/pkg/package.json

# The page's built-in sample is the project's own copy of the seed article.
cp data/sample/article.txt www/sample.txt
echo "built www/ ($(wc -c < www/pkg/article_analyzer_bg.wasm) bytes of wasm)"
node scripts/bundle.mjs
node scripts/build-single.mjs
# Brotli and gzip copies beside the page's files, which scripts/serve.mjs sends.
node scripts/precompress.mjs www
