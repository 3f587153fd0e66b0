// Benchmark (not a test): Lighthouse's rating of the hosted page, with its default mobile
// profile (a mid-range phone on a slow 4G link, simulated, as PageSpeed Insights rates
// pages), served by scripts/serve.mjs as a static host would serve it (compressed).
// Prints the scores and the metrics they come from, the median of several runs.
// Usage: node scripts/lighthouse.mjs [runs]   (after scripts/build-web.sh)
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";

const runs = Number(process.argv[2] ?? 3);
const www = fileURLToPath(new URL("../www", import.meta.url));
/** What the issue asks of each category (issue 18). */
const TARGETS = { performance: 90, accessibility: 100, "best-practices": 100 };
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"];

const server = await serve(www, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
// The machine's closed network: no background requests, no first-run pages.
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const results = [];
try {
  for (let run = 0; run < runs; run++) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: Object.keys(TARGETS) });
      results.push(lhr);
      const scores = Object.keys(TARGETS).map((c) => `${c} ${Math.round(lhr.categories[c].score * 100)}`);
      console.log(`run ${run + 1}: ${scores.join(", ")}; LCP ${lhr.audits["largest-contentful-paint"].displayValue}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.close();
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\nLighthouse ${results[0].lighthouseVersion}, ${results[0].configSettings.formFactor}, ${results[0].configSettings.throttlingMethod} throttling; median of ${runs} runs of ${url}`);
for (const [category, target] of Object.entries(TARGETS)) {
  const score = median(results.map((r) => Math.round(r.categories[category].score * 100)));
  console.log(`  ${category.padEnd(15)} ${String(score).padStart(3)}  (target ${target}${score >= target ? ", met" : ", NOT met"})`);
}
for (const metric of METRICS) {
  const value = median(results.map((r) => r.audits[metric].numericValue));
  const shown = metric === "cumulative-layout-shift" ? value.toFixed(3) : `${(value / 1000).toFixed(2)} s`;
  console.log(`  ${metric.padEnd(25)} ${shown}`);
}
const last = results.at(-1);
const failing = Object.keys(TARGETS)
  .flatMap((c) => last.categories[c].auditRefs.map((ref) => last.audits[ref.id]).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable"))
  .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
if (failing.length) console.log(`  audits short of full marks in the last run: ${failing.join(", ")}`);
