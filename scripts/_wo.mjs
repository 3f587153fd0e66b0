import { chromium } from "playwright-core";
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
const repo = "/work/main/";
const texts = readFileSync(`${repo}../shared/data/conll2003/test.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l).text);
const port = 20000 + Math.floor(Math.random() * 20000);
const server = fork(`${repo}scripts/serve.mjs`, [String(port), `${repo}www`], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
await new Promise((s) => server.stdout.once("data", s));
const names = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await (await browser.newContext()).newPage();
await page.route("**/variant/*.wasm", (route) => route.fulfill({ body: readFileSync(`/tmp/wo/${route.request().url().split("/").pop()}`), contentType: "application/wasm" }));
await page.goto(`http://127.0.0.1:${port}/sample.txt`);
await page.evaluate(async (names) => {
  window.analyzers = [];
  for (const [k, name] of names.entries()) {
    const glue = await import(`./pkg/article_analyzer.js?v=${k}`);
    await glue.default({ module_or_path: `/variant/${name}.wasm` });
    window.analyzers.push(new glue.Analyzer());
  }
}, names);
const times = names.map(() => []);
for (let round = 0; round < 14; round++) {
  for (const k of names.keys()) {
    times[k].push(await page.evaluate(({ k, texts }) => { const s = performance.now(); for (const t of texts) window.analyzers[k].analyze(t, { referenceDate: "1996-08-30" }); return performance.now() - s; }, { k, texts }));
  }
}
for (const [k, name] of names.entries()) {
  const t = times[k].slice(4).sort((a, b) => a - b);
  console.log(`${name}: min ${t[0].toFixed(1)} median ${t[Math.floor(t.length / 2)].toFixed(1)} ms`);
}
await browser.close(); server.kill();
