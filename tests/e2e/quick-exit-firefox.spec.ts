// The quick exit in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi: Playwright's own Firefox cannot be downloaded here). Firefox keeps pages in its
// back/forward cache where Chromium would reload them, so Back is checked here too.
// The exit is tapped, or Shift pressed three times, in the first frame that paints it,
// with the site's JavaScript files held back in every other round: only the inline
// script can pass those. Then the page must have been hidden and untitled at once, and
// Back must land on the page before. Runs once (phone viewport); skips without Firefox.
import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import puppeteer, { type Browser, type HTTPRequest, type Page } from "puppeteer-core";
import { QUICK_EXIT_URL } from "../../lib/site";
import { EXIT_STUB_TITLE } from "./support";

const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const BEFORE = "/";
const TARGET = "/hotlines/canadian-human-trafficking-hotline";
const ROUNDS = 3;
const SPY = "quick-exit-spy";

let browser: Browser;
let page: Page;
let holding = false;
let held: (() => void)[] = [];
const offsite: string[] = [];
const seen: { visibility: string; title: string }[] = [];

// Retried: under load the BiDi console message that carries the spy's report is now and
// then lost (the spy saw 0 events, yet the page left and Back skipped it). A real failure
// of the exit fails every try.
test.describe.configure({ mode: "serial", timeout: 60_000, retries: 2 });

test.beforeAll(async ({ baseURL }, testInfo) => {
  test.skip(!existsSync(FIREFOX), `Firefox is not installed at ${FIREFOX}: apt-get install firefox-esr (scripts/install-test-deps.sh does), or set FIREFOX_PATH`);
  test.skip(testInfo.project.name !== "phone", "Firefox runs once, with the phone project's 375px viewport");
  browser = await puppeteer.launch({ browser: "firefox", protocol: "webDriverBiDi", executablePath: FIREFOX, headless: true });
  page = await browser.newPage();
  await page.setViewport({ width: 375, height: 740 });
  await page.setRequestInterception(true);
  page.on("request", (request) => void answer(request, baseURL!));
  page.on("console", (message) => {
    if (message.text().startsWith(SPY)) seen.push(JSON.parse(message.text().slice(SPY.length)));
  });
});

test.afterAll(async () => {
  await browser?.close();
});

/** The site is served as is (its scripts held back while `holding`); the neutral site is a stub; nothing else leaves. */
async function answer(request: HTTPRequest, baseURL: string) {
  const url = request.url();
  if (url.startsWith("data:")) return request.continue().catch(() => {}); // never leaves the machine
  if (url.startsWith(new URL(QUICK_EXIT_URL).origin)) {
    if (!url.startsWith(QUICK_EXIT_URL)) return request.respond({ status: 404, body: "" }).catch(() => {}); // its favicon
    // Late, so the page left can be looked at after the exit.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return request.respond({ status: 200, contentType: "text/html", body: `<!doctype html><title>${EXIT_STUB_TITLE}</title><h1>Weather</h1>` }).catch(() => {});
  }
  if (!url.startsWith(baseURL)) {
    offsite.push(url);
    return request.abort().catch(() => {});
  }
  if (holding && /\/_next\/static\/.*\.js$/.test(new URL(url).pathname)) await new Promise<void>((resolve) => held.push(resolve));
  return request.continue().catch(() => {}); // the page may be gone by then
}

/** Starts loading TARGET; returns the exit's centre in the first frame that paints it, with a spy added (see the Chromium spec). */
async function exitAtFirstFrame(baseURL: string) {
  void page.goto(baseURL + TARGET).catch(() => {}); // it may be left before it finishes
  const handle = await page.waitForFunction(
    (target: string, spy: string) => {
      if (location.pathname !== target) return null;
      const box = document.querySelector(".urgent-bar a[data-quick-exit]")?.getBoundingClientRect();
      if (!box || box.width === 0 || box.height === 0) return null;
      const report = () => console.log(spy, JSON.stringify({ visibility: getComputedStyle(document.body).visibility, title: document.title }));
      const spied = window as typeof window & { quickExitSpy?: boolean }; // once, however often this runs
      if (!spied.quickExitSpy) for (const type of ["click", "keyup"]) window.addEventListener(type, report);
      spied.quickExitSpy = true;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    { polling: "raf", timeout: 20_000 },
    TARGET,
    SPY,
  );
  return (await handle.jsonValue())!;
}

async function rounds(baseURL: string, events: number, act: (at: { x: number; y: number }) => Promise<void>) {
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto(baseURL + BEFORE, { waitUntil: "domcontentloaded" });
    holding = round % 2 === 0;
    seen.length = 0;
    await act(await exitAtFirstFrame(baseURL));
    await expect.poll(() => seen.length, { message: `round ${round + 1}: the spy saw every event`, timeout: 10_000 }).toBe(events);
    expect(seen.at(-1)!.visibility, `round ${round + 1}`).toBe("hidden");
    expect(seen.at(-1)!.title, `round ${round + 1}`).not.toMatch(/\w/);
    holding = false;
    for (const release of held.splice(0)) release();
    await expect.poll(() => page.title().catch(() => ""), { timeout: 15_000 }).toBe(EXIT_STUB_TITLE);
    await page.goBack({ waitUntil: "domcontentloaded" });
    // The page left was replaced in history: Back lands on the page before it.
    expect(new URL(page.url()).pathname, `round ${round + 1}`).toBe(BEFORE);
  }
  expect(offsite).toEqual([]);
}

test("Firefox: tapping the exit at its first painted frame blanks the page, leaves, and Back skips it", async ({ baseURL }) => {
  await rounds(baseURL!, 1, ({ x, y }) => page.mouse.click(x, y));
});

test("Firefox: Shift pressed three times at the first painted frame blanks the page, leaves, and Back skips it", async ({ baseURL }) => {
  await rounds(baseURL!, 3, async () => {
    for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
  });
});
