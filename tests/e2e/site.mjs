// The site every end-to-end test file drives: www/ served on a free local port and a
// headless Chromium, started before the file's tests and stopped after them.
import { before, after } from "node:test";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium.mjs";
import { serve } from "../../scripts/serve.mjs";

/** The served folder. */
export const root = fileURLToPath(new URL("../../www", import.meta.url));

/**
 * Registers the calling file's before/after hooks and returns the site: its `origin`,
 * its `browser`, every URL any page `requests`, and `openPage` for a fresh context.
 */
export function useSite() {
  let server;
  const site = {
    origin: "",
    browser: null,
    requests: [],
    /**
     * A fresh context (own storage, service workers, downloads) with `path` open; the tool
     * page is waited for until ready. `prepare(context)` runs before the page opens (routes).
     */
    async openPage({ path = "/", contextOptions = {}, prepare = async () => {} } = {}) {
      const context = await site.browser.newContext({ acceptDownloads: true, ...contextOptions });
      await prepare(context);
      const page = await context.newPage();
      const errors = [];
      page.on("request", (request) => site.requests.push(request.url()));
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${site.origin}${path}`);
      if (path === "/") await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 });
      return { page, context, errors };
    },
  };
  before(async () => {
    server = await serve(root, 0);
    site.origin = `http://127.0.0.1:${server.address().port}`;
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
