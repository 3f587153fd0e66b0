#!/usr/bin/env bash
# Installs whatever this machine lacks to build, serve and test the analyzer.
# Idempotent: every step checks first, so a second run costs a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Chromium for the page's tests; GNU parallel for the batch recipe's test.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/parallel ]; then
  step "apt-get install chromium chromium-driver parallel"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver parallel
fi

# Every dev tool package.json names (playwright-core, binaryen, esbuild, axe-core, …).
missing=$(node -e 'const { devDependencies } = JSON.parse(require("fs").readFileSync("package.json", "utf8"));
  console.log(Object.keys(devDependencies).filter((name) => !require("fs").existsSync(`node_modules/${name}/package.json`)).join(" "))')
if [ -n "$missing" ]; then
  step "npm ci ($missing missing)"
  npm ci --no-audit --no-fund
fi
