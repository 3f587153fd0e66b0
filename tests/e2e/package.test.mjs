// The npm package as a web developer meets it: `npm pack` at the root, installed into an
// empty project (offline: the tarball needs nothing else), then used both ways the README
// shows, in headless Chromium: (a) element.js loaded straight from node_modules by a page
// with no bundler, (b) the module API bundled into an app with esbuild. Each analyses the
// sample article; neither makes a request to another host.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { launchChromium } from "./chromium.mjs";
import { serve } from "../../scripts/serve.mjs";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const sample = readFileSync(join(repo, "data", "sample", "article.txt"), "utf8");
let project, server, browser, origin;

before(async () => {
  project = mkdtempSync(join(tmpdir(), "analyzer-consumer-"));
  const packed = join(project, "packed");
  mkdirSync(packed);
  execFileSync("npm", ["pack", "--silent", "--pack-destination", packed], { cwd: repo, stdio: ["ignore", "pipe", "inherit"] });
  const [tarball] = readdirSync(packed).filter((file) => file.endsWith(".tgz"));
  assert.ok(tarball, "npm pack wrote a tarball");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(packed, tarball)], { cwd: project, stdio: ["ignore", "pipe", "inherit"] });
  server = await serve(project, 0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** The sample's paragraphs as HTML, escaped. */
const paragraphs = () =>
  sample
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n");

/** Opens `path` of the consumer project, runs `read` in the page and returns it with the requests made. */
async function visit(path, read) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && errors.push(message.text()));
  page.on("requestfailed", (request) => errors.push(`failed: ${request.url()}`));
  page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
  await page.goto(`${origin}${path}`);
  const analysis = await page.evaluate(read);
  await context.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("blob:")), [], "no request to another host");
  return analysis;
}

/** The sample's findings as the acceptance test knows them. */
function checkSample(analysis) {
  const names = analysis.entities.map((e) => e.name);
  for (const name of ["Steve Witkoff", "Khalil al-Hayya", "Jared Kushner", "Hamas", "Egypt"]) assert.ok(names.includes(name), `entity ${name}`);
  const dates = Object.fromEntries(analysis.dates.map((d) => [d.text, d.value]));
  assert.equal(dates["Wednesday"], "2025-11-05");
  assert.equal(dates["October 8"], "2025-10-08");
  assert.deepEqual(
    analysis.quotes.map((q) => q.speaker?.name),
    ["Steve Witkoff", "Steve Witkoff", "Jared Kushner"],
  );
}

test("the package's files are what a page needs and nothing else", () => {
  const listed = execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const files = JSON.parse(listed)[0].files.map((f) => f.path);
  for (const file of ["www/api.js", "www/api.d.ts", "www/element.js", "www/worker.js", "www/tool.css", "www/pkg/article_analyzer.js", "www/pkg/article_analyzer_bg.wasm", "www/pkg/article_analyzer_simd_bg.wasm", "www/simd.js", "LICENSE"]) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  assert.ok(files.some((f) => /^www\/pkg\/snippets\/[^/]+\/js\/tape\.js$/.test(f)), "the glue's result reader (snippets/) is in the package");
  assert.ok(!files.some((f) => f.startsWith("src/") || f.startsWith("tests/") || f.startsWith("data/")), "no sources, tests or data");
});

test("(a) element.js from node_modules, no bundler: the sample is highlighted in place", async () => {
  writeFileSync(
    join(project, "element.html"),
    `<!doctype html><meta charset="utf-8"><title>consumer</title><link rel="icon" href="data:,">
<script type="module" src="node_modules/article-analyzer/www/element.js"></script>
<article-analyzer reference-date="2025-11-06"><article>${paragraphs()}</article></article-analyzer>`,
  );
  const analysis = await visit("/element.html", async () => {
    const element = document.querySelector("article-analyzer");
    await customElements.whenDefined("article-analyzer");
    await element.ready;
    const marks = element.shadowRoot.querySelectorAll("mark[data-kind]").length;
    return { ...element.analysis, marks };
  });
  checkSample(analysis);
  assert.ok(analysis.marks > 20, "the article is highlighted");
});

test("(b) the module API bundled into an app with esbuild: analyze() on the sample", async () => {
  const publicDir = join(project, "public");
  writeFileSync(
    join(project, "app.js"),
    `import { configure, analyze, sharedEngine, supportsSimd } from "article-analyzer";
const wasm = supportsSimd()
  ? new URL("./article_analyzer_simd_bg.wasm", import.meta.url)
  : new URL("./article_analyzer_bg.wasm", import.meta.url);
configure({ workerUrl: new URL("./analyzer-worker.js", import.meta.url), wasm });
window.wasm = wasm.pathname;
window.analysis = (text) => analyze(text, { referenceDate: "2025-11-06" });
window.where = () => sharedEngine().where;\n`,
  );
  const common = { bundle: true, format: "esm", absWorkingDir: project, logLevel: "warning" };
  await build({ ...common, entryPoints: ["app.js"], outfile: join(publicDir, "app.js") });
  await build({ ...common, entryPoints: ["node_modules/article-analyzer/www/worker.js"], outfile: join(publicDir, "analyzer-worker.js") });
  for (const file of ["article_analyzer_simd_bg.wasm", "article_analyzer_bg.wasm"]) {
    copyFileSync(join(project, "node_modules/article-analyzer/www/pkg", file), join(publicDir, file));
  }
  writeFileSync(join(publicDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>app</title><link rel="icon" href="data:,"><script type="module" src="app.js"></script>`);
  // The sample on the page's thread, and twelve copies of it (over 20,000 characters) in the bundled worker.
  const both = await visit("/public/index.html", `(async () => {
    while (!window.analysis) await new Promise((resolve) => setTimeout(resolve, 20));
    const sample = ${JSON.stringify(sample)};
    const short = await window.analysis(sample);
    const long = await window.analysis((sample + "\\n").repeat(12));
    return { short, longQuotes: long.quotes.length, where: window.where(), wasm: window.wasm };
  })()`);
  checkSample(both.short);
  assert.equal(both.wasm, "/public/article_analyzer_simd_bg.wasm", "Chromium takes the SIMD build");
  assert.equal(both.longQuotes, 36);
  assert.equal(both.where, "worker", "the long text was analysed in the bundled worker");
});
