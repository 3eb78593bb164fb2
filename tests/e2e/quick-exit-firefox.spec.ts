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

let browser: Browser;
let page: Page;
let holding = false;
let held: (() => void)[] = [];
const offsite: string[] = [];

/** The neutral site answers only once the test opens this gate, so the page left can be read first. */
let exitGate = gate();
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

// The page left is read while the neutral site's answer is held back (Firefox runs scripts
// in a page whose navigation is pending): a spy reporting from the event itself, by
// console message or beacon, now and then lost every report. Retried for the harness;
// a real failure of the exit fails every try.
test.describe.configure({ mode: "serial", timeout: 60_000, retries: 2 });

test.beforeAll(async ({ baseURL }, testInfo) => {
  test.skip(!existsSync(FIREFOX), `Firefox is not installed at ${FIREFOX}: apt-get install firefox-esr (scripts/install-test-deps.sh does), or set FIREFOX_PATH`);
  test.skip(testInfo.project.name !== "phone", "Firefox runs once, with the phone project's 375px viewport");
  browser = await puppeteer.launch({ browser: "firefox", protocol: "webDriverBiDi", executablePath: FIREFOX, headless: true });
  page = await browser.newPage();
  await page.setViewport({ width: 375, height: 740 });
  await page.setRequestInterception(true);
  page.on("request", (request) => void answer(request, baseURL!));
});

test.afterAll(async () => {
  exitGate.open(); // a failed round leaves the neutral site's answer waiting
  await browser?.close();
});

/** The site is served as is (its scripts held back while `holding`); the neutral site is a stub; nothing else leaves. */
async function answer(request: HTTPRequest, baseURL: string) {
  const url = request.url();
  if (url.startsWith("data:")) return request.continue().catch(() => {}); // never leaves the machine
  if (url.startsWith(new URL(QUICK_EXIT_URL).origin)) {
    if (!url.startsWith(QUICK_EXIT_URL)) return request.respond({ status: 404, body: "" }).catch(() => {}); // its favicon
    await exitGate.opened;
    return request.respond({ status: 200, contentType: "text/html", body: `<!doctype html><title>${EXIT_STUB_TITLE}</title><h1>Weather</h1>` }).catch(() => {});
  }
  if (!url.startsWith(baseURL)) {
    offsite.push(url);
    return request.abort().catch(() => {});
  }
  if (holding && /\/_next\/static\/.*\.js$/.test(new URL(url).pathname)) await new Promise<void>((resolve) => held.push(resolve));
  return request.continue().catch(() => {}); // the page may be gone by then
}

/** Starts loading TARGET; returns the exit's centre in the first frame that paints it. */
async function exitAtFirstFrame(baseURL: string) {
  void page.goto(baseURL + TARGET).catch(() => {}); // it may be left before it finishes
  const handle = await page.waitForFunction(
    (target: string) => {
      if (location.pathname !== target) return null;
      const box = document.querySelector(".urgent-bar a[data-quick-exit]")?.getBoundingClientRect();
      if (!box || box.width === 0 || box.height === 0) return null;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    { polling: "raf", timeout: 20_000 },
    TARGET,
  );
  return (await handle.jsonValue())!;
}

async function rounds(baseURL: string, act: (at: { x: number; y: number }) => Promise<void>) {
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto(baseURL + BEFORE, { waitUntil: "domcontentloaded" });
    holding = round % 2 === 0;
    exitGate = gate();
    await act(await exitAtFirstFrame(baseURL));
    // Before the neutral site answers, nothing of the page left is visible and its title is blank.
    const state = () => page.evaluate(() => ({ visibility: getComputedStyle(document.body).visibility, blankTitle: !/\w/.test(document.title) }));
    await expect.poll(state, { message: `round ${round + 1}: hidden and untitled`, timeout: 10_000 }).toEqual({ visibility: "hidden", blankTitle: true });
    exitGate.open();
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
  await rounds(baseURL!, ({ x, y }) => page.mouse.click(x, y));
});

test("Firefox: Shift pressed three times at the first painted frame blanks the page, leaves, and Back skips it", async ({ baseURL }) => {
  await rounds(baseURL!, async () => {
    for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
  });
});
