// Chromium (Debian's, through Playwright and the scripts' launcher), on the audit's slow
// phone: CPU and network throttled through the DevTools protocol while a round holds.
// Chromium runs no command in a page whose navigation is pending, so the spy reports by
// beacon (a request sent even from a page being left), read off the network here. Not by
// console message: now and then one was lost while React hydrated between two presses.
import { existsSync } from "node:fs";
import { devices, expect, type Route } from "@playwright/test";
import { QUICK_EXIT_URL } from "../../../../lib/site";
import { CHROMIUM_PATH, launchChromium } from "../../../../scripts/lib/chromium";
import { emulateSlowPhone } from "../../../../scripts/lib/exit-timing";
import { isolate } from "../../support";
import { createHold } from "../hold";
import { addSpy, probe, VIEWPORT, type Driver, type Engine, type Seen } from "../scenario";

const SPY = "/quick-exit-spy";
const SCRIPTS = "**/_next/static/**/*.js";

export const chromium: Engine = {
  name: "Chromium",
  rounds: 4,
  timeout: 180_000,
  serial: false,
  missing: () => (existsSync(CHROMIUM_PATH) ? undefined : `${CHROMIUM_PATH} not found: apt-get install chromium, or set CHROME_PATH`),
  launch,
};

async function launch(baseURL: string): Promise<Driver> {
  const browser = await launchChromium();
  const context = await browser.newContext({ ...devices["Pixel 5"], viewport: VIEWPORT, baseURL });
  const offsite = await isolate(context, baseURL);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const exit = createHold();
  const scripts = createHold();
  const holdScript = async (route: Route) => {
    await scripts.wait();
    await route.fallback().catch(() => {}); // the page may be gone by then
  };
  await page.route(`${QUICK_EXIT_URL}**`, async (route) => {
    await exit.wait();
    await route.fallback(); // to isolate()'s stub
  });
  // Keyed by the event's place in order: beacons may arrive out of order.
  const beacons = new Map<number, Seen>();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === SPY) beacons.set(Number(url.searchParams.get("seq")), { visibility: url.searchParams.get("visibility")!, title: url.searchParams.get("title")! });
  });
  await page.route(`**${SPY}?*`, (route) => route.fulfill({ status: 204 }));

  return {
    offsite,
    // "commit" is enough: the page is in history; its scripts need not finish loading.
    load: async (path) => void (await page.goto(path, { waitUntil: "commit" })),
    async hold(held) {
      if (held) await page.route(SCRIPTS, holdScript);
      scripts.start(held);
      exit.start();
      beacons.clear();
      await emulateSlowPhone(cdp, true);
    },
    async firstFrame(path) {
      await page.goto(path, { waitUntil: "commit" });
      const handle = await page.waitForFunction(probe, path, { polling: "raf", timeout: 60_000 });
      await page.evaluate(addSpy, SPY);
      return (await handle.jsonValue())!; // waitForFunction only resolves on a truthy value
    },
    tap: ({ x, y }) => page.mouse.click(x, y),
    pressShift: () => page.keyboard.press("Shift"),
    async seen(events) {
      // Now and then a beacon waits until the pending navigation goes on: let the exit go
      // on if they are not all in after a while.
      await expect.poll(() => beacons.size, { timeout: 10_000 }).toBe(events).catch(() => {});
      exit.release();
      await expect.poll(() => beacons.size, { timeout: 20_000 }).toBe(events).catch(() => {});
      return [...beacons].sort(([a], [b]) => a - b).map(([, seen]) => seen);
    },
    async release() {
      exit.release();
      await emulateSlowPhone(cdp, false); // only the page under test is slowed
      const held = scripts.release();
      await page.unroute(SCRIPTS, holdScript);
      return held;
    },
    title: () => page.title(),
    async back() {
      await page.goBack({ waitUntil: "commit" });
      return page.url();
    },
    close: () => browser.close(),
  };
}
