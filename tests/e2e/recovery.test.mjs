// One text that breaks the analyzer costs nothing else: in the page (short texts on the
// page's thread, long ones in the worker) and through the embed API, the reader is told
// in plain words that this text could not be analysed, and the next text is analysed.
//
// The failure is forced with a wasm module built with the `fault-injection` feature
// (scripts/test.sh builds it into target/fault-injection/pkg): a text holding the fault
// marker panics in the step it names. The glue is the page's own, so only the .wasm is
// swapped in, by routing its URL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { useSite } from "./site.mjs";

const site = useSite();
const faultWasm = fileURLToPath(new URL("../../target/fault-injection/pkg/article_analyzer_bg.wasm", import.meta.url));
/** The marker of src/failure.rs, then the step that is to fail. */
const fault = (step) => `\u0001fault:${step}`;
const SECRET = "Confidential words of a source";

/** The page with the fault-injecting module in place of the shipped one. */
async function openFaultyPage(path = "/") {
  assert.ok(existsSync(faultWasm), `${faultWasm} is missing: scripts/test.sh builds it`);
  const body = readFileSync(faultWasm);
  return site.openPage({
    path,
    contextOptions: { serviceWorkers: "block" },
    prepare: (context) => context.route("**/pkg/article_analyzer*_bg.wasm", (route) => route.fulfill({ body, contentType: "application/wasm" })),
  });
}

/** Puts `text` in the article box, analyses it and waits for the status to change. */
async function analyse(page, text) {
  const before = await page.$eval(".aa-tool", (n) => n.dataset.analysed ?? "");
  await page.$eval("#article", (area, text) => (area.value = text), text);
  await page.$eval("#status", (n) => (n.textContent = ""));
  await page.click("#analyze");
  await page.waitForFunction(
    (before) => document.querySelector("#status").textContent !== "" && (document.querySelector(".aa-tool").dataset.analysed ?? "") !== before || /could not/i.test(document.querySelector("#status").textContent),
    before,
    { timeout: 20_000 },
  );
  return page.$eval("#status", (n) => n.textContent);
}

const people = (page) => page.$$eval('#highlighted mark[data-kind="person"]', (ms) => ms.map((m) => m.textContent));

test("a text ending in 'the end of' is analysed in the page", async () => {
  const { page, context, errors } = await site.openPage();
  const status = await analyse(page, "Angela Merkel said prices rose at the end of");
  assert.match(status, /^Analysed: /);
  assert.ok((await people(page)).includes("Angela Merkel"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("after the analyzer fails on a text, the reader is told so in plain words and the next text works", async () => {
  const { page, context } = await openFaultyPage();
  const consoleLines = [];
  page.on("console", (message) => consoleLines.push(message.text()));
  const pageFlags = [];
  // Short texts run on the page's thread, long ones (over 20,000 characters) in the worker.
  for (const [where, repeat] of [["page", 1], ["worker", 600]]) {
    const filler = "Officials met to discuss the plan on Monday.\n".repeat(repeat);
    const failed = await analyse(page, `${SECRET}.\n${filler}${fault("dates")}`);
    assert.match(failed, /This text could not be analysed/, `${where}: ${failed}`);
    assert.match(failed, /The page still works/);
    assert.match(failed, /finding dates/, "the message names the failing step");
    assert.doesNotMatch(failed, /unreachable|RuntimeError/i);
    assert.ok(!failed.includes(SECRET), "the message never quotes the text");
    const status = await analyse(page, `Emmanuel Macron spoke in Paris on Tuesday.\n${filler}`);
    assert.match(status, /^Analysed: /, `${where}: the next text is analysed`);
    assert.ok((await people(page)).includes("Emmanuel Macron"), `${where}: the next text's names are found`);
    pageFlags.push(await page.$eval(".aa-tool", (n) => n.dataset.where));
  }
  assert.deepEqual(pageFlags, ["page", "worker"]);
  assert.ok(!consoleLines.some((line) => line.includes(SECRET)), "nothing logged quotes the text");
  await context.close();
});

test("the embed API rejects a failing text with an AnalyzerCrash error, and the next call works", async () => {
  const { page, context } = await openFaultyPage("/embed.html");
  const outcome = await page.evaluate(
    async ({ failing, good }) => {
      const { analyze } = await import("/api.js");
      let error = null;
      try {
        await analyze(failing);
      } catch (e) {
        error = { name: e.name, message: e.message };
      }
      let refusal = null;
      try {
        await analyze(good, { referenceDate: "next Tuesday" });
      } catch (e) {
        refusal = { name: e.name, message: e.message };
      }
      const next = await analyze(good, { referenceDate: "2025-11-06" });
      return { error, refusal, names: next.entities.map((e) => e.name), dates: next.dates.map((d) => d.value) };
    },
    { failing: `${SECRET}.${fault("quotes")}`, good: "Angela Merkel visited Paris on Monday." },
  );
  assert.equal(outcome.error?.name, "AnalyzerCrash");
  const length = `${SECRET}.${fault("quotes")}`.length;
  assert.equal(outcome.error.message, `the analysis failed while finding quotations, on a text of ${length} characters`);
  assert.ok(!outcome.error.message.includes(SECRET));
  assert.deepEqual(outcome.refusal, { name: "Error", message: 'options.referenceDate must be a date of the form YYYY-MM-DD, got "next Tuesday"' }, "bad options are still a plain refusal");
  assert.ok(outcome.names.includes("Angela Merkel"));
  assert.deepEqual(outcome.dates, ["2025-11-03"]);
  await context.close();
});
