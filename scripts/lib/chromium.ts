// Debian's chromium, the one browser every measuring script drives (Lighthouse through
// chrome-launcher, the exit timing and the trace through Playwright). CHROME_PATH points
// elsewhere if it is installed under another name.
import { chromium, type Browser } from "@playwright/test";

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Chromium through Playwright, headless, as the e2e tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox", "--disable-gpu"] });
}
