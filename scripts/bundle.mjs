// Bundles the page's ES modules with esbuild (npm; its binary comes inside the package):
// the hosted page's one script (www/app.bundle.js: one request instead of eleven, which the
// page's start-up feels on a server speaking HTTP/1.1) and the single file's scripts. Also
// writes www/sw-manifest.js, the service worker's list of files and its cache name, which
// is a hash of their contents, so that every build that changes a file gets a new cache.
// Usage: node scripts/bundle.mjs   (after the wasm and its glue are in www/pkg)
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SIMD_PROBE, WASM_FILES } from "../www/simd.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const www = join(repo, "www");

/**
 * An esbuild plugin that keeps each module's `import.meta.url` its own: in a bundle it would
 * be the bundle's URL, so a module that finds a file beside it (the glue its wasm, the
 * element its style sheet) gets its original URL, computed from the bundle's.
 */
function ownUrls(entry) {
  return {
    name: "own-import-meta-url",
    setup(build) {
      // Only the page's own modules: a package's code is left as it is.
      build.onLoad({ filter: /\.js$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const inside = !relative(www, args.path).startsWith("..");
        if (!inside || args.path === resolve(entry) || !source.includes("import.meta.url")) return { contents: source, loader: "js" };
        const here = JSON.stringify(relative(dirname(resolve(entry)), args.path).split("\\").join("/"));
        return { contents: source.replaceAll("import.meta.url", `new URL(${here}, import.meta.url).href`), loader: "js" };
      });
    },
  };
}

/**
 * The module graph under `entry` as one script (a promise of its code). `classic`: a classic script (a blob
 * worker's), where `import.meta.url` becomes the script's location.
 */
export async function bundle(entry, { classic = false } = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: classic ? "iife" : "esm",
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
    define: classic ? { "import.meta.url": "self.location.href" } : {},
    plugins: [ownUrls(entry)],
  });
  return result.outputFiles[0].text;
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split("\\").join("/"))
    .sort();
}

/** Writes www/sw-manifest.js: the files the service worker stores and a cache name from their hash. */
export function writeServiceWorkerManifest() {
  // What a browser may ask for: not the service worker itself, type declarations, hidden
  // files or the compressed copies (the browser asks for the file, the server picks the copy).
  const files = filesUnder(www).filter(
    (file) => file !== "sw.js" && file !== "sw-manifest.js" && !/\.(d\.ts|br|gz)$/.test(file) && !file.split("/").some((part) => part.startsWith(".")),
  );
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(join(www, file))).update("\0");
  const cache = `article-analyzer-${hash.digest("hex").slice(0, 16)}`;
  // The analyzer's two module builds: the service worker stores only the one its browser runs.
  const builds = { probe: SIMD_PROBE, simd: `pkg/${WASM_FILES.simd}`, baseline: `pkg/${WASM_FILES.baseline}` };
  const manifest = { cache, files: ["./", ...files], builds };
  writeFileSync(join(www, "sw-manifest.js"), `// Built by scripts/bundle.mjs; do not edit.\nself.MANIFEST = ${JSON.stringify(manifest, null, 1)};\n`);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const code = await bundle(join(www, "app.js"));
  writeFileSync(join(www, "app.bundle.js"), `// Built by scripts/bundle.mjs (esbuild) from app.js and the modules it imports; do not edit.\n${code}`);
  console.log(`built www/app.bundle.js (${(code.length / 1024).toFixed(0)} KB)`);
  const { cache, files } = writeServiceWorkerManifest();
  console.log(`built www/sw-manifest.js (${files.length} files, cache ${cache})`);
}
