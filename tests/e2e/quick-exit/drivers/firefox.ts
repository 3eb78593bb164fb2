// Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (Playwright's
// own Firefox cannot be downloaded here, and selenium-webdriver would need geckodriver,
// which Debian does not ship). puppeteer intercepts every request: the site is served as
// is, the neutral site is a stub, nothing else leaves. Firefox runs scripts in a page
// whose navigation is pending, so the spy is read in the page left, while the neutral
// site's answer is held: a report sent from the event itself (console message or beacon)
// now and then lost every report. Firefox keeps pages in its back/forward cache where
// Chromium would reload them, which Back puts to the test.
import { existsSync } from "node:fs";
import { expect } from "@playwright/test";
import puppeteer, { type HTTPRequest } from "puppeteer-core";
import { QUICK_EXIT_URL } from "../../../../lib/site";
import { createHold } from "../hold";
import { addSpy, EXIT_STUB_HTML, probe, readSpy, VIEWPORT, type Driver, type Engine } from "../scenario";

const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

export const firefox: Engine = {
  name: "Firefox",
  rounds: 3,
  timeout: 60_000,
  serial: true,
  missing: () => (existsSync(FIREFOX) ? undefined : `${FIREFOX} not found: apt-get install firefox-esr (scripts/install-test-deps.sh does), or set FIREFOX_PATH`),
  launch,
};

async function launch(baseURL: string): Promise<Driver> {
  const browser = await puppeteer.launch({ browser: "firefox", protocol: "webDriverBiDi", executablePath: FIREFOX, headless: true });
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  const exit = createHold();
  const scripts = createHold();
  const offsite: string[] = [];

  async function answer(request: HTTPRequest) {
    const url = request.url();
    if (url.startsWith("data:")) return request.continue().catch(() => {}); // never leaves the machine
    if (url.startsWith(new URL(QUICK_EXIT_URL).origin)) {
      if (!url.startsWith(QUICK_EXIT_URL)) return request.respond({ status: 404, body: "" }).catch(() => {}); // its favicon
      await exit.wait();
      return request.respond({ status: 200, contentType: "text/html", body: EXIT_STUB_HTML }).catch(() => {});
    }
    if (!url.startsWith(baseURL)) {
      offsite.push(url);
      return request.abort().catch(() => {});
    }
    if (/\/_next\/static\/.*\.js$/.test(new URL(url).pathname)) await scripts.wait();
    return request.continue().catch(() => {}); // the page may be gone by then
  }
  await page.setRequestInterception(true);
  page.on("request", (request) => void answer(request));

  return {
    offsite,
    load: async (path) => void (await page.goto(baseURL + path, { waitUntil: "domcontentloaded" })),
    async hold(held) {
      scripts.start(held);
      exit.start();
    },
    async firstFrame(path) {
      void page.goto(baseURL + path).catch(() => {}); // it may be left before it finishes
      const handle = await page.waitForFunction(probe, { polling: "raf", timeout: 20_000 }, path);
      await page.evaluate(addSpy, null);
      return (await handle.jsonValue())!;
    },
    tap: ({ x, y }) => page.mouse.click(x, y),
    pressShift: () => page.keyboard.press("Shift"),
    async seen(events) {
      await expect.poll(async () => (await page.evaluate(readSpy)).length, { timeout: 10_000 }).toBe(events).catch(() => {});
      return page.evaluate(readSpy);
    },
    release: async () => (exit.release(), scripts.release()),
    title: () => page.title(),
    async back() {
      await page.goBack({ waitUntil: "domcontentloaded" });
      return page.url();
    },
    close: () => browser.close(),
  };
}
