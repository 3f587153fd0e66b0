// Builds dist/article-analyzer.html: the whole page in one file that works when opened from
// disk (file://), where nothing can be fetched. The ES modules of www/ are joined into one
// inline module script (by esbuild, through scripts/bundle.mjs), the worker's modules into a string the page
// turns into a blob worker, the wasm module and the sample article into
// constants; the styles are inlined. The file's Content-Security-Policy allows exactly
// these inline blocks by their SHA-256 hashes.
// Usage: node scripts/build-single.mjs   (after scripts/build-web.sh)
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "./bundle.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const www = join(repo, "www");
const out = join(repo, "dist", "article-analyzer.html");

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

async function main() {
  const wasmFile = join(www, "pkg", "article_analyzer_bg.wasm");
  if (!existsSync(wasmFile)) throw new Error("www/pkg is missing: run scripts/build-web.sh first");
  const samplePath = join(www, "sample.txt");
  const inlined = {
    wasm: readFileSync(wasmFile).toString("base64"),
    worker: await bundle(join(www, "worker.js"), { classic: true }),
    sample: existsSync(samplePath) ? readFileSync(samplePath, "utf8") : "",
  };
  const script = `const INLINED = ${JSON.stringify(inlined).replace(/<\//g, "<\\/")};\n${await bundle(join(www, "standalone.js"))}`;
  if (/<\/script/i.test(script)) throw new Error("the bundle contains </script");
  const style = ["style.css", "tool.css"].map((file) => readFileSync(join(www, file), "utf8")).join("\n");

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    "worker-src blob:",
    `style-src ${sha256(style)}`,
    "img-src data:",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  let html = readFileSync(join(www, "index.html"), "utf8");
  const replace = (pattern, replacement) => {
    if (!pattern.test(html)) throw new Error(`index.html no longer matches ${pattern}`);
    html = html.replace(pattern, () => replacement);
  };
  replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  replace(/\s*<link rel="stylesheet" href="style.css">\s*<link rel="stylesheet" href="tool.css">/, `\n  <style>${style}</style>`);
  replace(/<script type="module" src="app.bundle.js"><\/script>/, `<script type="module">${script}</script>`);
  replace(/<footer class="page-footer">[\s\S]*?<\/footer>/, `<footer class="page-footer">\n    <p>This one file is the whole analyzer: it works opened straight from disk, with no network.</p>\n  </footer>`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  console.log(`built ${relative(repo, out)} (${(html.length / 1024).toFixed(0)} KB)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
