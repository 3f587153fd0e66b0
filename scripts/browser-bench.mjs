// Browser benchmark (not a test): in headless Chromium, how long the page takes to be
// ready (navigation start to the analyzer loaded in its worker and warmed up) and to
// analyse the sample article through the page's worker; how long the wasm module takes to
// load, to build the analyzer and to analyse the sample on a bare page; the wasm's size.
// Usage: node scripts/browser-bench.mjs   (after scripts/build-web.sh)
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";

const root = fileURLToPath(new URL("../www", import.meta.url));
const wasm = readFileSync(`${root}/pkg/article_analyzer_bg.wasm`);
const server = await serve(root, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const runs = [];
for (let run = 0; run < 5; run++) {
  const page = await (await browser.newContext()).newPage();
  // A page of the same origin that does not load the analyzer itself.
  await page.goto(`http://127.0.0.1:${server.address().port}/sample.txt`);
  runs.push(
    await page.evaluate(async () => {
      const text = document.body.innerText;
      const t0 = performance.now();
      const module = await import("./pkg/article_analyzer.js");
      await module.default();
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
// The page itself: ready = navigation start to the analyzer loaded on the page; then the
// sample analysed through the worker, as the summary line reports it (first and warm).
const pages = [];
for (let run = 0; run < 5; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("body[data-ready=true]");
  const ready = await page.evaluate(() => performance.getEntriesByName("article-analyzer:ready")[0].startTime);
  const analysed = [];
  for (let i = 0; i < 6; i++) {
    await page.click(i === 0 ? "#sample" : "#analyze");
    await page.waitForFunction((n) => document.querySelector(".aa-tool").dataset.analysed === String(n), i + 1);
    analysed.push(parseFloat(/analysed in ([\d.,]+) ms/.exec(await page.textContent("#summary"))[1]));
  }
  pages.push({ ready, first: analysed[0], warm: analysed.slice(1).sort((a, b) => a - b)[2] });
  await context.close();
}
await browser.close();
server.close();
const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`shipped wasm: ${kb(wasm.length)} raw, ${kb(gzipSync(wasm, { level: 9 }).length)} gzipped (budget 1.5 MB gzipped)`);
console.log(`median of ${runs.length} fresh pages in headless Chromium:`);
console.log(`  wasm fetch + compile + instantiate: ${median("load").toFixed(1)} ms`);
console.log(`  analyzer build (lexicons + entity model): ${median("build").toFixed(1)} ms (budget 100 ms)`);
console.log(`  ready (the two above): ${(median("load") + median("build")).toFixed(1)} ms`);
console.log(`  sample article (${runs[0].chars} characters), first analysis: ${median("first").toFixed(1)} ms; warm: ${median("warm").toFixed(2)} ms`);
const pageMedian = (key) => pages.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(pages.length / 2)];
console.log(`the page (index.html), median of ${pages.length} fresh visits:`);
console.log(`  page ready (navigation start to the analyzer loaded on the page): ${pageMedian("ready").toFixed(1)} ms (budget 200 ms)`);
console.log(`  sample analysed (short texts run on the page, long ones in the worker), first: ${pageMedian("first").toFixed(1)} ms; warm: ${pageMedian("warm").toFixed(1)} ms (budget 20 ms)`);
