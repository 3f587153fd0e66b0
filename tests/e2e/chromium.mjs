// The headless Chromium every end-to-end test drives: Debian's /usr/bin/chromium (or
// $CHROMIUM) through playwright-core, with the flags these machines need.
import { chromium } from "playwright-core";

/** Launches a fresh headless Chromium. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
  });
}
