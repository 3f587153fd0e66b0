// End-to-end tests of the page's features (issue 6) in headless Chromium: reading the
// result (filter, card, stepping, timeline), getting text in (rich paste, files, 5 MB in
// the worker), getting results out (JSON, CSV, copy, preferences), offline (service worker,
// the single file from file://), embedding (<article-analyzer>, the module API), keyboard
// and themes, and the lock-down (CSP, no inline script, no foreign request).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { useSite, root } from "./site.mjs";

const singleFile = fileURLToPath(new URL("../../dist/article-analyzer.html", import.meta.url));
const site = useSite();
const { openPage } = site;

async function loadSample(page) {
  await page.click("#sample");
  await page.waitForSelector('#highlighted mark[data-kind="quote"]');
}

test("the legend filters kinds, and the filter and reference date survive a reload", async () => {
  const { page, context, errors } = await openPage();
  await loadSample(page);
  const personBackground = () => page.$eval('#highlighted mark[data-kind="person"]', (m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(await personBackground(), "rgba(0, 0, 0, 0)", "people are highlighted");
  assert.equal(await page.$eval('#legend li[data-kind="person"] .legend-count', (n) => n.textContent), "21");
  await page.click('#legend button[data-kind="person"]');
  assert.equal(await page.$eval('#legend button[data-kind="person"]', (b) => b.getAttribute("aria-pressed")), "false");
  assert.equal(await personBackground(), "rgba(0, 0, 0, 0)", "a kind switched off loses its highlight");
  assert.equal(await page.$eval('#highlighted mark[data-kind="person"]', (m) => m.textContent.length > 0), true, "its text stays");
  assert.notEqual(await page.$eval('#highlighted mark[data-kind="place"]', (m) => getComputedStyle(m).backgroundColor), "rgba(0, 0, 0, 0)");

  await page.fill("#reference-date", "2025-12-01");
  await page.dispatchEvent("#reference-date", "change");
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.inputValue("#reference-date"), "2025-12-01", "the reference date is remembered");
  await page.fill("#article", "Angela Merkel met Emmanuel Macron in Paris yesterday.");
  await page.click("#analyze");
  await page.waitForSelector('#highlighted mark[data-kind="place"]');
  assert.equal(await page.$eval('#legend button[data-kind="person"]', (b) => b.getAttribute("aria-pressed")), "false", "the hidden kind is remembered");
  assert.equal(await personBackground(), "rgba(0, 0, 0, 0)");
  assert.match(await page.$eval("#date-list li .value", (n) => n.textContent), /^2025-11-30$/, "yesterday is read against the remembered date");
  const saved = await page.evaluate(() => localStorage.getItem("article-analyzer:preferences"));
  assert.deepEqual(JSON.parse(saved), { referenceDate: "2025-12-01", hidden: ["person"] });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the card of a highlight names its entity and other mentions, a date's value, a quote's speaker", async () => {
  const { page, context } = await openPage();
  await loadSample(page);
  const cardText = () => page.$eval("#card", (card) => (card.hidden ? "" : card.innerText));

  await page.hover('#highlighted mark[data-entity="Steve Witkoff"]:text-is("Witkoff") >> nth=0');
  await page.waitForSelector("#card:not([hidden])");
  assert.equal(await page.$eval("#card .card-name", (n) => n.textContent), "Steve Witkoff");
  assert.match(await page.$eval("#card .card-kind", (n) => n.textContent), /Person/);
  const mentions = await page.$$eval("#card .card-mentions li", (ns) => ns.map((n) => n.textContent));
  assert.ok(mentions.some((m) => m.includes("special envoy Steve Witkoff was canceled")), `the other mention, in context: ${mentions}`);
  assert.match(await page.$eval("#card .card-forms", (n) => n.textContent), /Steve Witkoff ×1 · Witkoff ×\d+ · Steve ×1/);

  await page.focus('#highlighted mark[data-kind="date"]:text-is("October 8")');
  await page.waitForFunction(() => document.querySelector("#card .card-name")?.textContent === "October 8");
  assert.match(await cardText(), /2025-10-08/);
  assert.match(await cardText(), /Wednesday, 8 October 2025/);

  await page.focus('#highlighted mark[data-kind="quote"] >> nth=2');
  await page.waitForFunction(() => document.querySelector("#card .card-name")?.textContent.startsWith("Said by"));
  assert.equal(await page.$eval("#card .card-name", (n) => n.textContent), "Said by Jared Kushner");
  assert.match(await cardText(), /Named here as “he”/);
  await context.close();
});

test("an entity in the list selects all its mentions and steps through them; dates sit on a timeline; quotes are grouped", async () => {
  const { page, context } = await openPage();
  await loadSample(page);
  const kushner = '#entity-list button.entity:has(.name:text-is("Jared Kushner"))';
  await page.click(kushner);
  assert.deepEqual(await page.$$eval("#highlighted mark.selected", (ms) => ms.map((m) => m.textContent)), ["Jared Kushner", "Kushner"]);
  assert.equal(await page.textContent("#stepper-text"), "Jared Kushner: mention 1 of 2");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Jared Kushner");
  await page.click(kushner);
  assert.equal(await page.textContent("#stepper-text"), "Jared Kushner: mention 2 of 2");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Kushner");
  await page.click("#step-next");
  assert.equal(await page.textContent("#stepper-text"), "Jared Kushner: mention 1 of 2", "stepping wraps around");
  await page.click("#step-clear");
  assert.equal(await page.$$eval("#highlighted mark.selected", (ms) => ms.length), 0);

  const ticks = await page.$$eval("#timeline .tick", (ts) => ts.map((t) => [t.getAttribute("aria-label"), parseFloat(t.parentElement.style.left)]));
  assert.deepEqual(ticks.map(([label]) => label.split(":")[0]), ["2025", "2025-03", "2025-10-08", "2025-W44", "2025-11-05"]);
  assert.ok(ticks.every(([, left], i) => i === 0 || left >= ticks[i - 1][1]), "ticks are placed in calendar order");
  await page.click('#timeline .tick[aria-label^="2025-10-08"]');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "October 8");

  const groups = await page.$$eval("#quote-list .speaker-group", (gs) => gs.map((g) => [g.querySelector(".group-name").firstChild.textContent, g.querySelectorAll("li.quote").length]));
  assert.deepEqual(groups, [["Steve Witkoff", 2], ["Jared Kushner", 1]]);
  assert.match(await page.textContent("#summary"), /^368 words · 21 entities \(47 mentions\) · 5 dates · 3 numbers · 3 quotes · 4 sources · analysed in [\d.]+ ms$/);
  await context.close();
});

test("exports: the JSON has the quotes with speakers, the CSV a row per entity, a quote copies with its speaker", async () => {
  const { page, context } = await openPage({ contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } });
  await loadSample(page);
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  assert.equal(json.suggestedFilename(), "article-analysis.json");
  const analysis = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.equal(analysis.text, await page.inputValue("#article"));
  assert.deepEqual(analysis.quotes.map((q) => q.speaker.name), ["Steve Witkoff", "Steve Witkoff", "Jared Kushner"]);
  assert.equal(analysis.referenceDate.date, "2025-11-06");
  const witkoff = analysis.entities.find((e) => e.name === "Steve Witkoff");
  assert.equal(analysis.text.slice(witkoff.mentions[0].span.start, witkoff.mentions[0].span.end), "Steve Witkoff");

  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  assert.equal(csv.suggestedFilename(), "article-entities.csv");
  const rows = readFileSync(await csv.path(), "utf8").trim().split("\r\n");
  assert.equal(rows[0], "name,kind,mentions,forms,first_offset");
  assert.ok(rows.some((row) => /^Steve Witkoff,person,8,Witkoff; Steve,\d+$/.test(row)), rows.join("\n"));
  assert.ok(rows.some((row) => row.startsWith("The New York Times,organization,")));
  assert.ok(rows.some((row) => /^United States,place,3,U\.S\.,\d+$/.test(row)), "U.S. is the United States");
  assert.equal(rows.length, 1 + 21);

  await page.click('#quote-list .speaker-group:has(.group-name:text("Jared Kushner")) button.copy-quote');
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("Copied"));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^“When Steve and he spoke about their sons, .* to each other,” — Jared Kushner$/);
  await context.close();
});

test("numbers: highlighted with their value in words, listed, exported as CSV; entities by salience", async () => {
  const { page, context, errors } = await openPage();
  await loadSample(page);
  assert.match(await page.textContent("#about"), /^Mostly about: Steve Witkoff, /);
  assert.equal(await page.$eval("#entity-list li .name", (n) => n.textContent), "Steve Witkoff", "the most salient entity is listed first");
  assert.equal(await page.$$eval('#highlighted mark[data-kind="number"]', (ms) => ms.some((m) => m.textContent.includes("60"))), false, "60 Minutes is no number");

  await page.fill("#article", "The company paid $2.2 million, up 5 percent from a year earlier, to 1,200 workers.");
  await page.click("#analyze");
  await page.waitForSelector('#highlighted mark[data-kind="number"]');
  const marks = await page.$$eval('#highlighted mark[data-kind="number"]', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(marks, ["$2.2 million", "5 percent", "1,200"]);
  await page.hover('#highlighted mark[data-kind="number"] >> nth=0');
  await page.waitForSelector("#card:not([hidden])");
  assert.equal(await page.$eval("#card .card-detail", (n) => n.textContent), "2.2 million US dollars");
  assert.deepEqual(await page.$$eval("#number-list li .forms", (ns) => ns.map((n) => n.textContent)), ["2.2 million US dollars", "5 percent", "1,200 (worker)"]);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#export-numbers-csv")]);
  assert.equal(csv.suggestedFilename(), "article-numbers.csv");
  const rows = readFileSync(await csv.path(), "utf8").trim().split("\r\n");
  assert.equal(rows[0], "text,type,value,unit,approximate,low,high,readable,offset");
  assert.equal(rows[1], "$2.2 million,MONEY,2200000,USD,false,,,2.2 million US dollars,17");

  // An article full of numbers (a results table) starts with their highlights off.
  const table = Array.from({ length: 40 }, (_, i) => `Team ${i} scored ${i + 3} goals in ${i + 5} games.`).join("\n");
  await page.fill("#article", table);
  await page.click("#analyze");
  await page.waitForSelector('#legend button[data-kind="number"]');
  assert.equal(await page.$eval('#legend button[data-kind="number"]', (b) => b.getAttribute("aria-pressed")), "false");
  assert.deepEqual(errors, []);
  await context.close();
});

test("rich text pasted from a web page becomes clean paragraphs; a saved news page keeps its headline and article", async () => {
  const { page, context } = await openPage();
  await page.focus("#article");
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/html", '<meta charset="utf-8"><nav>Home | World</nav><h1>Talks   in <b>Cairo</b></h1><p style="color:red">Steve Witkoff met\n  officials in <a href="https://example.com">Cairo</a> on Monday.</p><script>window.__ran = 1</script><p>“It went well,” Witkoff said.</p>');
    data.setData("text/plain", "plain fallback");
    document.getElementById("article").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('#highlighted mark[data-kind="quote"]');
  assert.equal(await page.inputValue("#article"), "Talks in Cairo\nSteve Witkoff met officials in Cairo on Monday.\n“It went well,” Witkoff said.");
  assert.equal(await page.evaluate(() => window.__ran), undefined);

  const saved = `<!doctype html><html><head><title>Site | Envoy story</title><meta property="article:published_time" content="2025-10-09T08:00:00Z">
    <script>window.__ran = 2</script><style>p{color:red}</style></head><body>
    <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <div class="ad-slot">Buy now! Limited offer</div>
    <main><article><h1>Envoy meets Hamas official in Egypt</h1><div class="share-bar">Share on social</div>
      <p class="byline">By A. Reporter</p>
      <p>Steve Witkoff met Khalil al-Hayya in Egypt yesterday.</p>
      <aside class="related">Related: other stories</aside>
      <p>“We talked for hours,” Witkoff said.</p></article></main>
    <footer>© News Corp</footer><script>trackEverything()</script></body></html>`;
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.items.add(new File([html], "story.html", { type: "text/html" }));
    document.getElementById("article").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, saved);
  await page.waitForFunction(() => document.getElementById("article").value.startsWith("Envoy meets"));
  assert.equal(await page.inputValue("#article"), "Envoy meets Hamas official in Egypt\nBy A. Reporter\nSteve Witkoff met Khalil al-Hayya in Egypt yesterday.\n“We talked for hours,” Witkoff said.");
  assert.equal(await page.inputValue("#reference-date"), "2025-10-09", "the page's publication date becomes the reference date");
  await page.waitForFunction(() => document.querySelector("#date-list li .value")?.textContent === "2025-10-08");

  await page.setInputFiles("#file", { name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("Angela Merkel visited Berlin.\r\nShe left.") });
  await page.waitForFunction(() => document.getElementById("article").value === "Angela Merkel visited Berlin.\nShe left.");
  await page.waitForSelector('#highlighted mark[data-kind="place"]:text-is("Berlin")');
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  await context.close();
});

test("a 5 MB article is analysed in the worker with visible progress, and the page never freezes", async () => {
  const { page, context, errors } = await openPage();
  const { size, copies } = await page.evaluate(async () => {
    const sample = await (await fetch("sample.txt")).text();
    const area = document.getElementById("article");
    const copies = Math.ceil(5_000_000 / (sample.length + 1));
    area.value = `${sample}\n`.repeat(copies);
    // Let the text area lay out its 5 MB (the reader's paste, not the analysis) first.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    // A heartbeat: the longest gap between timer ticks is how long the page froze.
    window.__gaps = [];
    let last = performance.now();
    window.__beat = setInterval(() => {
      const now = performance.now();
      window.__gaps.push(now - last);
      last = now;
    }, 20);
    return { size: area.value.length, copies };
  });
  assert.ok(size >= 5_000_000);
  await page.click("#analyze");
  await page.waitForSelector("#progress:not([hidden])");
  const seen = new Set();
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => ({ busy: document.querySelector(".aa-tool").dataset.busy, value: document.getElementById("progress-bar").getAttribute("value"), label: document.getElementById("progress-label").textContent }));
    if (state.busy === "false") break;
    if (state.value !== null) seen.add(Number(state.value));
    await page.waitForTimeout(50);
  }
  assert.ok([...seen].some((v) => v > 0 && v < 100), `progress was shown part-way: ${[...seen]}`);
  await page.waitForFunction(() => document.getElementById("progress").hidden);
  const { gaps, where, quotes } = await page.evaluate(() => {
    clearInterval(window.__beat);
    return { gaps: window.__gaps, where: document.querySelector(".aa-tool").dataset.where, quotes: document.querySelectorAll('#highlighted mark[data-kind="quote"]').length };
  });
  assert.equal(where, "worker");
  assert.ok(page.workers().length >= 1, "a Web Worker runs the analyzer");
  assert.equal(quotes, 3 * copies, "every copy's three quotes are highlighted");
  assert.match(await page.textContent("#summary"), new RegExp(`${(3 * copies).toLocaleString("en")} quotes`));
  const longest = Math.max(...gaps);
  assert.ok(longest < 1500, `the page kept responding (longest pause ${longest.toFixed(0)} ms)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a long text is analysed in one call: a surname near its end joins the full name from its start", async () => {
  const { page, context, errors } = await openPage();
  await page.evaluate(() => {
    // Over 200,000 characters between the two mentions (the page once cut texts there).
    const filler = "The committee met again on Tuesday and discussed the budget for the coming year.\n".repeat(4_000);
    document.getElementById("article").value = `Special envoy Steve Witkoff arrived in Cairo on Monday.\n${filler}The talks went on late, Witkoff said.\n`;
  });
  await page.click("#analyze");
  await page.waitForFunction(() => document.querySelector(".aa-tool").dataset.busy === "false" && document.querySelectorAll('#highlighted mark[data-kind="quote"], #highlighted mark[data-kind="person"]').length >= 2);
  const people = await page.$$eval('#highlighted mark[data-kind="person"]', (ms) => ms.map((m) => [m.textContent, m.dataset.entity]));
  assert.deepEqual(people.at(-1), ["Witkoff", "Steve Witkoff"], JSON.stringify(people));
  assert.equal(await page.$eval(".aa-tool", (t) => t.dataset.where), "worker");
  assert.deepEqual(errors, []);
  await context.close();
});

test("analysing a short text stops a long analysis under way, whose result never shows", async () => {
  const { page, context, errors } = await openPage();
  await page.evaluate(async () => {
    const sample = await (await fetch("sample.txt")).text();
    document.getElementById("article").value = `${sample}\n`.repeat(Math.ceil(5_000_000 / sample.length));
  });
  await page.click("#analyze");
  await page.waitForSelector("#progress:not([hidden])");
  const [busyWorker] = page.workers();
  const ended = new Promise((resolve) => busyWorker.once("close", () => resolve(true)));
  await page.fill("#article", "Angela Merkel met Emmanuel Macron in Paris yesterday.");
  await page.click("#analyze");
  await page.waitForFunction(() => document.querySelector(".aa-tool").dataset.busy === "false");
  const people = async () => page.$$eval('#highlighted mark[data-kind="person"]', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(await people(), ["Angela Merkel", "Emmanuel Macron"]);
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 2_000));
  assert.equal(await Promise.race([ended, timeout]), true, "the worker running the long analysis was ended");
  await page.waitForTimeout(1_000);
  assert.deepEqual(await people(), ["Angela Merkel", "Emmanuel Macron"], "the stopped analysis's result never replaces it");
  // The worker started again: a long text still goes there.
  await page.evaluate(() => {
    document.getElementById("article").value = "Ada Lovelace wrote to Charles Babbage on Monday.\n".repeat(1_000);
  });
  await page.click("#analyze");
  await page.waitForFunction(() => document.querySelector(".aa-tool").dataset.busy === "false" && document.querySelectorAll('#highlighted mark[data-kind="person"]').length >= 2_000);
  assert.equal(await page.$eval(".aa-tool", (t) => t.dataset.where), "worker");
  assert.deepEqual(errors, []);
  await context.close();
});

test("after a first visit the hosted page works with the network off (service worker)", async () => {
  const { page, context } = await openPage();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 });
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  await loadSample(page);
  assert.equal(await page.$$eval('#highlighted mark[data-kind="quote"]', (ms) => ms.length), 3);
  // Of the module's two builds, the worker stored the one this browser runs, and only that.
  const stored = await page.evaluate(async () => {
    const caches_ = await Promise.all((await caches.keys()).map((name) => caches.open(name)));
    return (await Promise.all(caches_.map(async (cache) => (await cache.keys()).map((r) => new URL(r.url).pathname)))).flat();
  });
  assert.ok(stored.includes("/pkg/article_analyzer_simd_bg.wasm"), "the SIMD build is stored");
  assert.ok(!stored.includes("/pkg/article_analyzer_bg.wasm"), "the baseline build is not downloaded");
  await context.close();
});

test("the single file works opened from disk, in a worker, with no request", async () => {
  assert.ok(existsSync(singleFile), "dist/article-analyzer.html is built by scripts/build-web.sh");
  const html = readFileSync(singleFile, "utf8");
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/, "nothing is loaded from elsewhere");
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const seen = [];
  const errors = [];
  page.on("request", (request) => seen.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(pathToFileURL(singleFile).href);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 });
  await loadSample(page);
  assert.deepEqual(await page.$$eval("#quote-list li .speaker", (ns) => ns.map((n) => n.textContent)), ["Steve Witkoff", "Steve Witkoff", "Jared Kushner"]);
  assert.equal(await page.$eval(".aa-tool", (n) => n.dataset.where), "page", "a short text is analysed on the page");
  // A long text goes to the worker, which starts from a blob even on file://.
  await page.evaluate(() => {
    const area = document.getElementById("article");
    area.value = `${area.value}\n`.repeat(12);
  });
  await page.click("#analyze");
  await page.waitForFunction(() => document.querySelector(".aa-tool").dataset.where === "worker", null, { timeout: 15_000 });
  await page.waitForFunction(() => document.querySelectorAll('#highlighted mark[data-kind="quote"]').length === 36, null, { timeout: 15_000 });
  assert.deepEqual(seen.filter((url) => !url.startsWith("file://") && !url.startsWith("blob:")), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("<article-analyzer> highlights a host's article in place and shows the whole tool, sealed in its shadow root", async () => {
  const { page, context, errors } = await openPage({ path: "/embed.html" });
  const inline = page.locator("#inline-demo");
  await page.waitForFunction(() => document.getElementById("inline-demo").shadowRoot?.querySelector(".aa-tool[data-analysed]"), null, { timeout: 15_000 });
  const shadow = (selector, fn) => inline.evaluate((host, [selector, fn]) => [...host.shadowRoot.querySelectorAll(selector)].map(new Function("n", `return (${fn})(n)`)), [selector, fn.toString()]);
  const people = await shadow('mark[data-kind="person"]', (n) => n.textContent);
  assert.ok(people.includes("Steve Witkoff") && people.includes("Jared Kushner"), people.join());
  assert.deepEqual(await shadow('mark[data-kind="quote"]', (n) => n.title), ["Said by Steve Witkoff"]);
  assert.deepEqual(await shadow("h3", (n) => n.textContent), ["Envoys met in Cairo"], "the article keeps its structure");
  assert.deepEqual(await shadow("em", (n) => n.textContent), ["Steve Witkoff"]);
  // Host styles do not reach in; the host's custom properties do.
  const [personBg] = await shadow('mark[data-kind="person"]', (n) => getComputedStyle(n).backgroundColor);
  assert.equal(personBg, "rgb(255, 214, 224)", "--aa-person re-colours people");
  const [placeBg] = await shadow('mark[data-kind="place"]', (n) => getComputedStyle(n).backgroundColor);
  assert.notEqual(placeBg, "rgb(255, 0, 255)", "the host's mark style stays outside");
  // The tool's styles do not leak out, and the host's own nodes are untouched.
  assert.equal(await page.$eval("#host-mark", (n) => getComputedStyle(n).backgroundColor), "rgb(255, 0, 255)");
  assert.equal(await page.evaluate(() => document.querySelectorAll("#inline-demo mark").length), 0);
  assert.equal(await page.$eval("#inline-demo", (host) => host.analysis.quotes[0].speaker.name), "Steve Witkoff");
  // Its legend filters, its card opens on focus.
  await inline.locator('button[data-kind="date"]').click();
  assert.equal(await inline.locator('button[data-kind="date"]').getAttribute("aria-pressed"), "false");
  await inline.locator('mark[data-kind="person"]:text-is("Witkoff")').focus();
  assert.equal(await inline.locator("#card .card-name").textContent(), "Steve Witkoff");

  // The whole tool inside the second element (ids are the tool's own, inside the shadow root).
  const tool = page.locator("#tool-demo");
  await page.waitForFunction(() => document.getElementById("tool-demo").shadowRoot?.querySelector(".aa-tool[data-ready]"));
  await tool.locator("#article").fill("Angela Merkel met Emmanuel Macron in Paris on Tuesday.");
  await tool.locator("#analyze").click();
  await tool.locator('mark[data-kind="place"]').waitFor();
  assert.equal(await tool.locator('mark[data-kind="place"]').textContent(), "Paris");
  assert.equal(await page.evaluate(() => document.querySelectorAll("#article, #highlighted").length), 0, "the tool's ids stay inside its shadow root");
  // The module API on the same page.
  await page.waitForFunction(() => document.getElementById("api-demo").textContent.includes("Emmanuel Macron (person)"));
  assert.match(await page.textContent("#api-demo"), /Tuesday = 2025-11-04/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("by keyboard alone: to the sample, into the highlights, between them, and the legend", async () => {
  const { page, context } = await openPage();
  const focused = () => page.evaluate(() => ({ id: document.activeElement.id, tag: document.activeElement.tagName, text: document.activeElement.textContent, label: document.activeElement.getAttribute("aria-label") }));
  const tabTo = async (test, limit = 40) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (test(await focused())) return;
    }
    assert.fail("never reached by Tab");
  };
  await tabTo((f) => f.id === "sample");
  await page.keyboard.press("Enter");
  await page.waitForSelector('#highlighted mark[data-kind="quote"]');
  await tabTo((f) => f.tag === "MARK");
  const first = await focused();
  assert.equal(first.text, "Hamas");
  assert.equal(first.label, "Organization: Hamas");
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), "solid", "focus is visible");
  assert.equal(await page.$eval("#card", (c) => !c.hidden), true, "the card shows on focus");
  await page.keyboard.press("ArrowRight");
  const second = await focused();
  assert.equal(second.text, "Khalil al-Hayya");
  assert.equal(second.label, "Person: Khalil al-Hayya");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-describedby")), "card");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal((await focused()).label, "Person: Steve Witkoff");
  await page.keyboard.press("Enter");
  assert.equal(await page.textContent("#stepper-text"), "Steve Witkoff: mention 1 of 8");
  await page.keyboard.press("Escape");
  assert.equal(await page.$eval("#card", (c) => c.hidden), true);
  // Shift+Tab back out of the article reaches the legend; Space toggles a kind.
  await page.keyboard.press("Shift+Tab");
  for (let i = 0; i < 20 && (await focused()).tag !== "BUTTON"; i++) await page.keyboard.press("Shift+Tab");
  await page.focus('#legend button[data-kind="quote"]');
  await page.keyboard.press("Space");
  assert.equal(await page.$eval('#legend button[data-kind="quote"]', (b) => b.getAttribute("aria-pressed")), "false");
  await context.close();
});

test("dark theme follows the system, and the layout fits a phone", async () => {
  const { page, context } = await openPage({ contextOptions: { colorScheme: "dark", viewport: { width: 390, height: 844 }, isMobile: true } });
  await loadSample(page);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(background, "rgb(17, 20, 24)");
  const person = await page.$eval('#highlighted mark[data-kind="person"]', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(person, "rgb(90, 58, 5)", "dark highlight colours");
  const layout = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    article: document.getElementById("highlighted").getBoundingClientRect(),
    aside: document.querySelector("aside").getBoundingClientRect(),
  }));
  assert.ok(layout.width <= 390, `no sideways scrolling (${layout.width} px)`);
  assert.ok(layout.aside.top >= layout.article.bottom, "the lists go below the article");
  await context.close();
});

test("locked down: the hosted pages have a strict CSP and no inline script", async () => {
  for (const file of ["index.html", "embed.html"]) {
    const html = readFileSync(`${root}/${file}`, "utf8");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, `${file} has a CSP`);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.doesNotMatch(csp, /unsafe-inline|https?:/);
    for (const script of html.match(/<script[^>]*>[\s\S]*?<\/script>/g)) assert.match(script, /^<script type="module" src="[\w.-]+\.js"><\/script>$/, `${file}: ${script}`);
    assert.doesNotMatch(html, /\son\w+=/i, "no inline event handlers");
  }
  // A script trying to reach another host is refused by the policy.
  const { page, context } = await openPage();
  const blocked = await page.evaluate(() => fetch("https://example.com/").then(() => "fetched", (e) => e.name));
  assert.equal(blocked, "TypeError");
  await context.close();
});

test("no request leaves for another host", () => {
  assert.ok(site.requests.length > 0, "requests were recorded");
  const foreign = site.requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith("data:") && !url.startsWith("blob:") && url !== "https://example.com/");
  assert.deepEqual(foreign, []);
});
