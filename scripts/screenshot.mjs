// Saves a screenshot of the page with the sample analysed, for the README.
// Usage: node scripts/screenshot.mjs [out.png]   (after scripts/build-web.sh)
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";

const out = process.argv[2] ?? "docs/screenshot.png";
const server = await serve(fileURLToPath(new URL("../www", import.meta.url)), 0);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForSelector("body[data-ready=true]");
await page.click("#sample");
await page.waitForSelector('#highlighted mark[data-kind="quote"]');
await page.screenshot({ path: out, fullPage: true });
await browser.close();
server.close();
console.log(`saved ${out}`);
