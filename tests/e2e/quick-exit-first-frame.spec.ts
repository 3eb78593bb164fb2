// The quick exit must work from the first frame the button is painted, on a slow phone,
// before React or any bundle has run. CPU is slowed 6× and the network to ~1.6 Mbps with
// 150 ms latency (CDP). The exit is tapped with page.mouse.click at its box as soon as a
// frame shows it (locator.click would wait for the page to be "actionable"), or Shift is
// pressed three times at that frame. Then: the page was blank at once, and Back skips it.
//
// Why rounds hold the bundles back: in Chromium a plain link followed while the page is
// still loading replaces the history entry anyway, and the bundles can arrive between two
// key presses. So every other round keeps the site's JavaScript files waiting until the
// exit was used: only a script already in the HTML can pass those rounds.
import { expect, test, type Page } from "@playwright/test";
import { QUICK_EXIT_URL } from "../../lib/site";
import { EXIT_STUB_TITLE, isolate } from "./support";

const BEFORE = "/";
const TARGET = "/hotlines/canadian-human-trafficking-hotline";
const ROUNDS = 4;

// Retried, like the Firefox and WebKit specs, for the harness; a real failure of the exit
// fails every try.
test.describe.configure({ timeout: 180_000, retries: 2 });

/** The neutral site answers only once the test opens this gate, so the page left can be read first. */
let exitGate = gate();
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

test.beforeEach(async ({ page, context, baseURL }) => {
  await isolate(context, baseURL!);
  await page.route(`${QUICK_EXIT_URL}**`, async (route) => {
    await exitGate.opened;
    await route.fallback(); // to isolate()'s stub
  });
});

/** A slow phone (on) or this machine's own speed (off), so only the page under test is slowed. */
async function slowPhone(page: Page, on: boolean) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: on ? 6 : 1 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: on ? 150 : 0,
    downloadThroughput: on ? (1.6 * 1024 * 1024) / 8 : -1,
    uploadThroughput: on ? (750 * 1024) / 8 : -1,
  });
  await cdp.detach();
}

/** What the spy saw at one event; `seq` is that event's place in order (1, 2, 3), since beacons may arrive out of order. */
type Seen = { seq: number; visibility: string; title: string };
const SPY = "/quick-exit-spy";

/**
 * Starts loading TARGET and returns the centre of its exit link in the first frame that
 * paints it. In that frame it also adds a spy: after each click or key release has gone
 * through the page's own handlers, it sends whether the page is hidden and what the title
 * is, as a beacon (a request the browser sends even from a page being left), which the
 * test reads off the network. Not console messages: now and then one was lost while React
 * hydrated between two key presses, and the test failed though the exit had worked.
 */
async function exitAtFirstFrame(page: Page) {
  await page.goto(TARGET, { waitUntil: "commit" });
  // Polled once per animation frame in the page: rAF only runs when a frame is rendered.
  const handle = await page.waitForFunction(
    ([target, spy]) => {
      if (location.pathname !== target) return null;
      const box = document.querySelector(".urgent-bar a[data-quick-exit]")?.getBoundingClientRect();
      if (!box || box.width === 0 || box.height === 0) return null;
      const spied = window as typeof window & { quickExitSpy?: boolean };
      if (!spied.quickExitSpy) {
        // Once, however often this runs. Bubbling on window: after every listener on the document.
        spied.quickExitSpy = true;
        let seq = 0;
        const report = () =>
          navigator.sendBeacon(`${spy}?${new URLSearchParams({ seq: String(++seq), visibility: getComputedStyle(document.body).visibility, title: document.title })}`);
        for (const type of ["click", "keyup"]) window.addEventListener(type, report);
      }
      return { x: box.x + box.width / 2, y: box.y + box.height / 2, readyState: document.readyState };
    },
    [TARGET, SPY] as const,
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue())!; // waitForFunction only resolves on a truthy value
}

/** Holds the site's JavaScript files until release() is called (or lets them through). */
async function holdBundles(page: Page, hold: boolean) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const handler = async (route: import("@playwright/test").Route) => {
    await released;
    await route.fallback().catch(() => {}); // the page may be gone by then
  };
  if (hold) await page.route("**/_next/static/**/*.js", handler);
  return async () => {
    release();
    if (hold) await page.unroute("**/_next/static/**/*.js", handler);
  };
}

async function rounds(page: Page, events: number, act: (at: { x: number; y: number }) => Promise<void>) {
  const states: string[] = [];
  const seen: Seen[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === SPY) seen.push({ seq: Number(url.searchParams.get("seq")), visibility: url.searchParams.get("visibility")!, title: url.searchParams.get("title")! });
  });
  await page.route(`**${SPY}?*`, (route) => route.fulfill({ status: 204 }));
  for (let round = 0; round < ROUNDS; round++) {
    // "commit" is enough: the page is in history; its scripts need not finish loading.
    await page.goto(BEFORE, { waitUntil: "commit" });
    const release = await holdBundles(page, round % 2 === 0);
    await slowPhone(page, true);
    exitGate = gate();
    seen.length = 0;
    const at = await exitAtFirstFrame(page);
    await act(at);
    // In the same moment as the last click or key release: nothing of the page left is
    // visible, and the tab title is blank.
    // Beacons may arrive out of order, and now and then one waits until the pending
    // navigation goes on: let the exit go on if they are not all in after a while.
    const reported = () => new Set(seen.map((s) => s.seq)).size;
    await expect.poll(reported, { timeout: 10_000 }).toBe(events).catch(() => {});
    // Commands to the page wait while its navigation is pending: let the exit go on first.
    exitGate.open();
    await expect.poll(reported, { message: `round ${round + 1}: the spy saw every event`, timeout: 20_000 }).toBe(events);
    const last = seen.find((s) => s.seq === events)!;
    expect(last.visibility, `round ${round + 1}`).toBe("hidden");
    expect(last.title, `round ${round + 1}`).not.toMatch(/\w/);
    await slowPhone(page, false);
    await release();
    await expect(page).toHaveTitle(EXIT_STUB_TITLE, { timeout: 30_000 });
    await page.goBack({ waitUntil: "commit" });
    // The page left was replaced in history: Back lands on the page before it.
    expect(new URL(page.url()).pathname, `round ${round + 1}`).toBe(BEFORE);
    states.push(at.readyState);
  }
  // How early the page was when the exit was used, for whoever reads the report.
  test.info().annotations.push({ type: "document.readyState at the first frame", description: states.join(", ") });
}

test("tapping the exit at its first painted frame blanks the page, leaves, and Back skips it", async ({ page }) => {
  await rounds(page, 1, ({ x, y }) => page.mouse.click(x, y));
});

test("Shift pressed three times at the first painted frame blanks the page, leaves, and Back skips it", async ({ page }) => {
  await rounds(page, 3, async () => {
    for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
  });
});
