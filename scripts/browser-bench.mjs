// Browser benchmark (not a test): in headless Chromium, how long the page takes to be
// ready (navigation start to the analyzer loaded on the page) and to analyse the sample
// article; how long the wasm module takes to load, to build the analyzer and to analyse the
// sample on a bare page; the wasm's size. The page is served by scripts/serve.mjs in a
// process of its own, as a static host would serve it, not by this one, which drives the
// browser. Visits vary by tens of milliseconds on a shared machine: medians and quartiles
// of many visits are printed.
// Usage: node scripts/browser-bench.mjs [visits]   (after scripts/build-web.sh; default 15)
import { chromium } from "playwright-core";
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../www", import.meta.url));
const wasm = readFileSync(`${root}/pkg/article_analyzer_simd_bg.wasm`);
const baseline = readFileSync(`${root}/pkg/article_analyzer_bg.wasm`);
const visits = Number(process.argv[2] ?? 15);
const port = 20000 + Math.floor(Math.random() * 20000);
const server = fork(fileURLToPath(new URL("./serve.mjs", import.meta.url)), [String(port), root], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
await new Promise((started) => server.stdout.once("data", started));
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const runs = [];
for (let run = 0; run < 5; run++) {
  const page = await (await browser.newContext()).newPage();
  // A page of the same origin that does not load the analyzer itself.
  await page.goto(`${origin}/sample.txt`);
  runs.push(
    await page.evaluate(async () => {
      const text = document.body.innerText;
      const t0 = performance.now();
      const module = await import("./pkg/article_analyzer.js");
      // The build the page loads in this browser (SIMD or baseline, www/simd.js).
      await module.default({ module_or_path: (await import("./simd.js")).wasmUrl() });
      const t1 = performance.now();
      const analyzer = new module.Analyzer();
      const t2 = performance.now();
      analyzer.analyze(text, { referenceDate: "2025-11-06" });
      const t3 = performance.now();
      const warm = [];
      for (let i = 0; i < 20; i++) {
        const s = performance.now();
        analyzer.analyze(text, { referenceDate: "2025-11-06" });
        warm.push(performance.now() - s);
      }
      warm.sort((a, b) => a - b);
      return { load: t1 - t0, build: t2 - t1, first: t3 - t2, warm: warm[10], chars: text.length };
    }),
  );
  await page.context().close();
}
// The page itself: ready = navigation start to the analyzer loaded on the page. Then the
// sample analysed, as the summary line reports it: clicked half a second after ready (a
// reader's first click comes later than that), then five more times (warm); and, on other
// visits, clicked the moment the page is ready, before the worker has warmed the code up.
async function visit({ clickDelay, clicks }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector("body[data-ready=true]");
  const ready = await page.evaluate(() => performance.getEntriesByName("article-analyzer:ready")[0].startTime);
  await page.waitForTimeout(clickDelay);
  const analysed = [];
  for (let i = 0; i < clicks; i++) {
    await page.click(i === 0 ? "#sample" : "#analyze");
    await page.waitForFunction((n) => document.querySelector(".aa-tool").dataset.analysed === String(n), i + 1);
    analysed.push(parseFloat(/analysed in ([\d.,]+) ms/.exec(await page.textContent("#summary"))[1]));
  }
  await context.close();
  return { ready, first: analysed[0], warm: analysed.slice(1).sort((a, b) => a - b)[Math.floor((clicks - 1) / 2)] };
}
const pages = [];
const atReady = [];
for (let run = 0; run < visits; run++) {
  pages.push(await visit({ clickDelay: 500, clicks: 6 }));
  if (run % 3 === 0) atReady.push(await visit({ clickDelay: 0, clicks: 1 }));
}
await browser.close();
server.kill();
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
const median = (key) => quantile(runs.map((r) => r[key]), 0.5);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`shipped wasm (SIMD build): ${kb(wasm.length)} raw, ${kb(gzipSync(wasm, { level: 9 }).length)} gzipped (budget 1.5 MB gzipped)`);
console.log(`  baseline build (browsers without SIMD): ${kb(baseline.length)} raw, ${kb(gzipSync(baseline, { level: 9 }).length)} gzipped`);
console.log(`median of ${runs.length} fresh pages in headless Chromium:`);
console.log(`  wasm fetch + compile + instantiate: ${median("load").toFixed(1)} ms`);
console.log(`  analyzer build (lexicons + entity model): ${median("build").toFixed(1)} ms (budget 100 ms)`);
console.log(`  ready (the two above): ${(median("load") + median("build")).toFixed(1)} ms`);
console.log(`  sample article (${runs[0].chars} characters), first analysis: ${median("first").toFixed(1)} ms; warm: ${median("warm").toFixed(2)} ms`);
const spread = (values) => `median ${quantile(values, 0.5).toFixed(1)} ms (quartiles ${quantile(values, 0.25).toFixed(0)}–${quantile(values, 0.75).toFixed(0)})`;
const ms = (list, key) => list.map((r) => r[key]);
const all = [...pages, ...atReady];
console.log(`the page (index.html), ${all.length} fresh visits:`);
console.log(`  page ready (navigation start to the analyzer loaded on the page): ${spread(ms(all, "ready"))} (budget 200 ms)`);
console.log(`  sample analysed, clicked 0.5 s after ready: first ${spread(ms(pages, "first"))}; warm ${spread(ms(pages, "warm"))} (budget 20 ms)`);
console.log(`  sample analysed, clicked at ready (${atReady.length} visits): first ${spread(ms(atReady, "first"))}`);
