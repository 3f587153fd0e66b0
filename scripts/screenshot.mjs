// Saves screenshots of the page with the sample analysed, for the README: light and dark
// (emulated colour scheme), with the card of "Witkoff" open.
// Usage: node scripts/screenshot.mjs   (after scripts/build-web.sh)
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";

const server = await serve(fileURLToPath(new URL("../www", import.meta.url)), 0);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
for (const scheme of ["light", "dark"]) {
  const out = `docs/screenshot-${scheme}.png`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("body[data-ready=true]");
  await page.click("#sample");
  await page.waitForSelector('#highlighted mark[data-kind="quote"]');
  await page.hover('#highlighted mark[data-entity="Steve Witkoff"]:text-is("Witkoff") >> nth=0');
  await page.waitForSelector("#card:not([hidden])");
  await page.screenshot({ path: out, fullPage: true });
  await context.close();
  console.log(`saved ${out}`);
}
await browser.close();
server.close();
