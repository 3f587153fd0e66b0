// The page audited by axe-core (WCAG 2.1 A and AA rules), issue 13: the hosted page empty
// and with the sample analysed, in the light and the dark theme, wide and at a phone's
// width; the single file opened from file://; and <article-analyzer>'s shadow roots on
// embed.html. Any violation fails, listed by rule, impact, target and summary.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { useSite } from "./site.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const singleFile = fileURLToPath(new URL("../../dist/article-analyzer.html", import.meta.url));
const sampleText = readFileSync(new URL("../../www/sample.txt", import.meta.url), "utf8");
const site = useSite();

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const VIEWPORTS = { wide: { width: 1280, height: 900 }, phone: { width: 375, height: 740 } };
const SCHEMES = ["light", "dark"];

/**
 * Runs axe-core on the page (open shadow roots included): its violations, and the targets of
 * the nodes it checked and passed. The
 * audit contexts bypass the page's CSP, which would otherwise refuse the injected script.
 */
async function audit(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (values) => {
    const { violations, passes } = await window.axe.run(document, { runOnly: { type: "tag", values } });
    return { violations, checked: passes.flatMap((rule) => rule.nodes.map((node) => node.target)) };
  }, TAGS);
}

/** A result node's target, readable: shadow DOM paths joined with " >>> ". */
const targetText = (target) => target.map((part) => (Array.isArray(part) ? part.join(" >>> ") : part)).join(" | ");

/** One line per violating node: rule id, impact, target, summary. */
function report(violations) {
  return violations
    .flatMap((v) =>
      v.nodes.map((node) => `  ${v.id} [${node.impact ?? v.impact}] ${targetText(node.target)}\n    ${(node.failureSummary ?? v.help).replace(/\s*\n\s*/g, " / ")}`),
    )
    .join("\n");
}

function assertClean(results, where) {
  const count = results.violations.reduce((n, v) => n + v.nodes.length, 0);
  assert.equal(count, 0, `axe-core finds ${count} violation(s) on ${where}:\n${report(results.violations)}`);
}

async function loadSample(page) {
  await page.click("#sample");
  await page.waitForSelector("#highlighted mark[data-kind]");
}

for (const colorScheme of SCHEMES) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`the hosted page, ${colorScheme} and ${width}: no WCAG 2.1 A/AA violation, empty or analysed`, async () => {
      const { page, context, errors } = await site.openPage({ contextOptions: { bypassCSP: true, colorScheme, viewport } });
      assert.equal(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme), true);
      assertClean(await audit(page), `the empty page (${colorScheme}, ${width})`);
      await loadSample(page);
      assert.ok((await page.$$("#entity-list button.entity")).length > 0, "the sample fills the entity list");
      assertClean(await audit(page), `the analysed sample (${colorScheme}, ${width})`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

for (const colorScheme of SCHEMES) {
  test(`the single file from file://, ${colorScheme}: no violation with the sample analysed`, async () => {
    const context = await site.browser.newContext({ bypassCSP: true, colorScheme, viewport: VIEWPORTS.wide });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pathToFileURL(singleFile).href);
    await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 });
    await loadSample(page);
    assertClean(await audit(page), `the single file (${colorScheme})`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const colorScheme of SCHEMES) {
  test(`embed.html, ${colorScheme}: no violation in the host page or inside the elements' shadow roots`, async () => {
    const { page, context, errors } = await site.openPage({ path: "/embed.html", contextOptions: { bypassCSP: true, colorScheme, viewport: VIEWPORTS.wide } });
    await page.waitForFunction(() => document.getElementById("inline-demo").shadowRoot?.querySelector(".aa-tool[data-analysed=true]"), null, { timeout: 15_000 });
    await page.waitForFunction(() => document.getElementById("tool-demo").shadowRoot?.querySelector(".aa-tool[data-ready]"), null, { timeout: 15_000 });
    const tool = page.locator("#tool-demo");
    // The element has no sample button: the sample article goes in by hand.
    await tool.locator("#article").fill(sampleText);
    await tool.locator("#analyze").click();
    await tool.locator("#highlighted mark[data-kind]").first().waitFor();
    await page.waitForFunction(() => document.getElementById("api-demo").textContent !== "Analysing…");

    const results = await audit(page);
    assertClean(results, `embed.html (${colorScheme})`);
    // The shadow content is really audited: nodes inside each element's shadow root were checked
    // (axe names such a node by a path, host first).
    const inShadow = (host) => results.checked.filter((target) => Array.isArray(target[0]) && target[0][0] === host && target[0].length > 1);
    assert.ok(inShadow("#inline-demo").some((t) => t[0].at(-1).includes("mark")), "the in-place element's highlights are audited");
    assert.ok(inShadow("#tool-demo").some((t) => t[0].at(-1).includes("entity")), "the tool element's entity list is audited");
    assert.deepEqual(errors, []);
    await context.close();
  });
}
