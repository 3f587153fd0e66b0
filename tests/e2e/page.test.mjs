// End-to-end tests of the served page in headless Chromium (playwright-core driving
// Debian's /usr/bin/chromium). Run by scripts/test.sh after scripts/build-web.sh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite } from "./site.mjs";

const site = useSite();
const { openPage } = site;

/** The text of every mark of one kind, in page order. */
function marksOf(page, kind) {
  return page.$$eval(`#highlighted mark[data-kind="${kind}"]`, (marks) => marks.map((m) => m.textContent));
}

test("the sample article is highlighted by kind", async () => {
  const { page, errors } = await openPage();
  await page.click("#sample");
  await page.waitForSelector('#highlighted mark[data-kind="quote"]');

  const people = await marksOf(page, "person");
  for (const name of ["Khalil al-Hayya", "al-Hayya", "Steve Witkoff", "Witkoff", "Jared Kushner", "Kushner", "Donald Trump", "Trump", "Adam Boehler", "Edan Alexander"]) {
    assert.ok(people.includes(name), `person ${name} is highlighted`);
  }
  const places = await marksOf(page, "place");
  for (const name of ["Lebanon", "Turkey", "Egypt", "Gaza", "Doha", "Qatar"]) assert.ok(places.includes(name), `place ${name}`);
  assert.ok(!places.some((p) => p.includes("’s")), "a possessive is never part of a place");
  const organizations = await marksOf(page, "organization");
  for (const name of ["Hamas", "Al Mayadeen"]) assert.ok(organizations.includes(name), `organization ${name}`);
  assert.ok(organizations.some((o) => o.endsWith("New York Times")), "The New York Times is an organization");
  const others = await marksOf(page, "other");
  for (const name of ["Israeli", "Palestinian", "American", "60 Minutes"]) assert.ok(others.includes(name), `other ${name}`);

  // Entity marks name their entity: "Witkoff" belongs to "Steve Witkoff".
  const witkoff = await page.$eval('#highlighted mark[data-kind="person"][data-entity="Steve Witkoff"]', (m) => m.dataset.entity);
  assert.equal(witkoff, "Steve Witkoff");
  const steveInQuote = await page.$$eval('#highlighted mark[data-kind="quote"] mark[data-kind="person"]', (ms) => ms.map((m) => [m.textContent, m.dataset.entity]));
  assert.deepEqual(steveInQuote.find(([text]) => text === "Steve"), ["Steve", "Steve Witkoff"], "entity marks sit inside quote marks");

  const dates = await page.$$eval('#highlighted mark[data-kind="date"]', (ms) => ms.map((m) => [m.textContent, m.title]));
  const dateTitle = (text) => dates.find(([t]) => t === text)?.[1] ?? "";
  assert.match(dateTitle("Wednesday"), /2025-11-05/);
  assert.match(dateTitle("October 8"), /2025-10-08/);
  assert.match(dateTitle("last week"), /2025-W44/);
  assert.match(dateTitle("earlier this year"), /2025$/);
  assert.match(dateTitle("March"), /2025-03/);
  assert.ok(!dates.some(([t]) => t.includes("22") || t.includes("Minutes")), "neither 'age 22' nor '60 Minutes' is a date");

  const quoteTitles = await page.$$eval('#highlighted mark[data-kind="quote"]', (ms) => ms.map((m) => m.title));
  assert.deepEqual(quoteTitles, ["Said by Steve Witkoff", "Said by Steve Witkoff", "Said by Jared Kushner"]);

  // Legend and lists agree with the marks.
  const legendQuotes = await page.$eval('#legend li[data-kind="quote"] .legend-count', (n) => n.textContent);
  assert.equal(legendQuotes, "3");
  const entityNames = await page.$$eval("#entity-list li .name", (ns) => ns.map((n) => n.textContent));
  assert.ok(entityNames.includes("Steve Witkoff") && !entityNames.includes("Witkoff"), "the list shows entities, not bare mentions");
  const witkoffForms = await page.$eval('#entity-list li[data-kind="person"]:has(.name:text-is("Steve Witkoff")) .forms', (n) => n.textContent);
  assert.match(witkoffForms, /Witkoff/);
  assert.match(witkoffForms, /Steve\b/);
  const dateValues = await page.$$eval("#date-list li .value", (ns) => ns.map((n) => n.textContent));
  assert.deepEqual(dateValues, ["2025", "2025-03", "2025-10-08", "2025-W44", "2025-11-05"], "dates are listed in calendar order");
  const quoteSpeakers = await page.$$eval("#quote-list li .speaker", (ns) => ns.map((n) => n.textContent));
  assert.deepEqual(quoteSpeakers, ["Steve Witkoff", "Steve Witkoff", "Jared Kushner"]);

  // The highlighted article is the article, character for character.
  const shown = await page.$eval("#highlighted", (n) => n.textContent);
  assert.equal(shown, await page.$eval("#article", (n) => n.value));
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("article text containing HTML is shown as text and runs nothing", async () => {
  const { page, errors } = await openPage();
  const hostile = 'John Smith wrote <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> in London on Monday.';
  await page.fill("#article", hostile);
  await page.click("#analyze");
  await page.waitForSelector('#highlighted mark[data-kind="place"]');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval("#highlighted img, #highlighted script", (n) => n.length), 0);
  assert.equal(await page.$eval("#highlighted", (n) => n.textContent), hostile);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("pasting an article analyses it without a click", async () => {
  const { page } = await openPage();
  await page.focus("#article");
  await page.evaluate(() => {
    const area = document.getElementById("article");
    area.value = "Angela Merkel met Emmanuel Macron in Paris yesterday.";
    area.dispatchEvent(new ClipboardEvent("paste", { bubbles: true }));
  });
  await page.waitForSelector('#highlighted mark[data-kind="person"]');
  assert.deepEqual(await marksOf(page, "place"), ["Paris"]);
  await page.context().close();
});

test("the page loads the SIMD build, and the baseline build where SIMD is missing", async () => {
  for (const simd of [true, false]) {
    const wasm = [];
    const { page, errors } = await openPage({
      contextOptions: { serviceWorkers: "block" },
      prepare: async (context) => {
        context.on("request", (request) => request.url().endsWith(".wasm") && wasm.push(new URL(request.url()).pathname));
        // An engine without SIMD: the probe of www/simd.js (the page's only validate call) fails.
        if (!simd) await context.addInitScript(() => (WebAssembly.validate = () => false));
      },
    });
    assert.deepEqual(wasm, [simd ? "/pkg/article_analyzer_simd_bg.wasm" : "/pkg/article_analyzer_bg.wasm"]);
    await page.click("#sample");
    await page.waitForSelector('#highlighted mark[data-kind="quote"]');
    assert.ok((await marksOf(page, "person")).includes("Steve Witkoff"), `Steve Witkoff found by the ${simd ? "SIMD" : "baseline"} build`);
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});

test("no request leaves for another host", () => {
  assert.ok(site.requests.length > 0, "requests were recorded");
  const foreign = site.requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith("data:"));
  assert.deepEqual(foreign, []);
});
