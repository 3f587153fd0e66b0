// Speed benchmark (not a test): compromise (with compromise-dates) and this analyzer's
// wasm on the same texts in the same headless Chromium page, warmed up, passes
// interleaved, printing characters per second for each and the ratio. compromise is asked
// for what this analyzer finds: people, places, organizations, dates, quotations, money and
// percentages. The texts are the CoNLL-2003 test documents from ../shared (the sample
// article 100 times when they are absent).
// Usage: node scripts/speed-bench.mjs [passes]   (after scripts/build-web.sh; default 3)
import { chromium } from "playwright-core";
import { execFileSync, fork } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const passes = Number(process.argv[2] ?? 3);
const conll = `${repo}../shared/data/conll2003/test.jsonl`;
let texts;
let source;
if (existsSync(conll)) {
  texts = readFileSync(conll, "utf8").trim().split("\n").map((line) => JSON.parse(line).text);
  source = "CoNLL-2003 test";
} else {
  console.log(`skipped: CoNLL-2003 test texts (${conll} is absent); timing the sample article 100 times instead`);
  texts = Array(100).fill(readFileSync(`${repo}www/sample.txt`, "utf8"));
  source = "the sample article x 100";
}
const chars = texts.reduce((n, t) => n + t.length, 0);

const port = 20000 + Math.floor(Math.random() * 20000);
const server = fork(fileURLToPath(new URL("./serve.mjs", import.meta.url)), [String(port), `${repo}www`], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
await new Promise((started) => server.stdout.once("data", started));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const page = await (await browser.newContext()).newPage();
await page.goto(`http://127.0.0.1:${port}/sample.txt`);
await page.addScriptTag({ path: `${repo}node_modules/compromise/builds/compromise.js` });
await page.addScriptTag({ path: `${repo}node_modules/compromise-dates/builds/compromise-dates.min.js` });
await page.evaluate(async () => {
  window.nlp.plugin(window.compromiseDates);
  const module = await import("./pkg/article_analyzer.js");
  // The build the page loads in this browser (SIMD or baseline, www/simd.js).
  await module.default({ module_or_path: (await import("./simd.js")).wasmUrl() });
  window.analyzer = new module.Analyzer();
});

/** Milliseconds for one pass of `which` over all texts, in the page. */
const pass = (which) =>
  page.evaluate(
    ({ which, texts }) => {
      const start = performance.now();
      for (const text of texts) {
        if (which === "analyzer") {
          window.analyzer.analyze(text, { referenceDate: "1996-08-30" });
        } else {
          const doc = window.nlp(text);
          doc.people().json();
          doc.places().json();
          doc.organizations().json();
          doc.dates({ today: "1996-08-30" }).json();
          doc.quotations().json();
          doc.money().json();
          doc.percentages().json();
        }
      }
      return performance.now() - start;
    },
    { which, texts },
  );

// Warm-up, then interleaved passes: the shared machine's load hits both alike.
/** The native bench binary (benches/throughput.rs, built here if need be), or null. */
function nativeBench() {
  try {
    const messages = execFileSync("cargo", ["bench", "--bench", "throughput", "--no-run", "--message-format=json"], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return messages.split("\n").filter((line) => line.includes('"executable":"')).map((line) => JSON.parse(line).executable).pop() ?? null;
  } catch {
    return null;
  }
}
/** The native pipeline's characters a second: the median of its warm passes, on the texts it finds (the same). */
const nativeRate = (bench) => {
  const [ms, nativeChars] = execFileSync(bench, ["--median-pass", "9"], { encoding: "utf8" }).trim().split(" ").map(Number);
  return nativeChars / (ms / 1000);
};
const bench = nativeBench();

await pass("analyzer");
await pass("compromise");
const times = { analyzer: [], compromise: [] };
const native = [];
for (let i = 0; i < passes; i++) {
  times.analyzer.push(await pass("analyzer"));
  times.compromise.push(await pass("compromise"));
  // The native passes between the page's, so that all three see the same machine.
  if (bench && i % 2 === 0) native.push(nativeRate(bench));
}
await browser.close();
server.kill();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rate = (ms) => chars / (ms / 1000);
const analyzer = rate(median(times.analyzer));
const compromise = rate(median(times.compromise));
const figure = (n) => `${(n / 1000).toFixed(0)} K chars/s`;
console.log(`${source}: ${texts.length} texts, ${chars.toLocaleString("en")} characters; median of ${passes} interleaved passes after a warm-up, headless Chromium`);
console.log(`  compromise 14 + compromise-dates: ${figure(compromise)}`);
console.log(`  this analyzer (wasm):            ${figure(analyzer)}`);
console.log(`  ratio: ${(analyzer / compromise).toFixed(1)}x (target 100x)`);
if (native.length) {
  const nativeFigure = median(native);
  console.log(`  this analyzer (native, cargo bench): ${figure(nativeFigure)}, median of ${native.length} runs between the page's passes`);
  console.log(`  the wasm takes ${(nativeFigure / analyzer).toFixed(2)}x the native time per character (target 1.5x)`);
} else {
  console.log("  skipped: the native figure (cargo could not build benches/throughput.rs)");
}
