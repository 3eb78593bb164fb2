// Debian's chromium, the one browser every measuring script drives (Lighthouse through
// chrome-launcher, the exit timing and the trace through Playwright), and the quick exit's
// Chromium run in the e2e tests. CHROME_PATH points elsewhere if it is installed under
// another name.
import { chromium, type Browser } from "@playwright/test";

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Playwright's launch options for it: headless, and quiet, so the only requests are the page's own. */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: CHROMIUM_PATH,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run"],
};

/** Chromium through Playwright, as the e2e tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}
