// When is the quick exit safe? On a slow phone (SLOW_PHONE, which the e2e first-frame test
// uses too: CPU 6× slower, ~1.6 Mbps down, 150 ms round trips, through Chrome's DevTools
// protocol), a page is loaded in Debian's chromium and three moments are taken, in ms from
// navigation start:
// - painted: the first animation frame in which the exit link has a box on screen;
// - listening: when the page's inline script put its click listener on `document`
//   (observed by wrapping addEventListener before any of the page's scripts run);
// - scripts done: the load event, when the bundles (and so React) have run.
// "Safe from" is the later of painted and listening: from then on a tap both shows the
// exit and is handled by it. Before the inline script, the exit waited for React.
import type { Browser, CDPSession } from "@playwright/test";
import { launchChromium } from "./chromium";
import { median } from "./stats";

export type ExitTiming = { paintedMs: number; listeningMs: number; safeFromMs: number; loadMs: number };

export const SLOW_PHONE = { cpuSlowdown: 6, latencyMs: 150, downBytesPerSecond: (1.6 * 1024 * 1024) / 8, upBytesPerSecond: (750 * 1024) / 8 };
export const EXIT_TIMING_PROFILE = `CPU ${SLOW_PHONE.cpuSlowdown}× slower, ${SLOW_PHONE.latencyMs} ms round trips, 1.6 Mbps down (CDP)`;

/** Slows the page of `cdp` to SLOW_PHONE, or (off) back to this machine's own speed. The session must stay open while it applies. */
export async function emulateSlowPhone(cdp: CDPSession, on = true) {
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: on ? SLOW_PHONE.cpuSlowdown : 1 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: on ? SLOW_PHONE.latencyMs : 0,
    downloadThroughput: on ? SLOW_PHONE.downBytesPerSecond : -1,
    uploadThroughput: on ? SLOW_PHONE.upBytesPerSecond : -1,
  });
}

// Runs in the page before its own scripts. Records the moments in window.__exitTiming.
const RECORDER = `(() => {
  const t = (window.__exitTiming = {});
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (this === document && type === "click" && t.listening === undefined) t.listening = performance.now();
    return add.call(this, type, listener, options);
  };
  const frame = (now) => {
    const box = document.querySelector("a[data-quick-exit]")?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) t.painted = now;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener("load", () => (t.load = performance.now()));
})();`;

async function once(browser: Browser, url: string): Promise<ExitTiming> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORDER);
    await emulateSlowPhone(await context.newCDPSession(page));
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    const t = await page.waitForFunction(() => {
      const timing = (window as unknown as { __exitTiming: Record<string, number> }).__exitTiming;
      return timing.painted !== undefined && timing.load !== undefined ? timing : null;
    });
    const { painted, listening, load } = (await t.jsonValue()) as Record<string, number | undefined>;
    // No listener at all would be a broken exit: the audit says so rather than print a number.
    if (listening === undefined) throw new Error(`the quick exit's inline script never listened on ${url}`);
    return { paintedMs: painted!, listeningMs: listening, safeFromMs: Math.max(painted!, listening), loadMs: load! };
  } finally {
    await context.close();
  }
}

/** The median of each moment over `runs` fresh loads (a new context each: a first visit). */
export async function measureExitTiming(urls: string[], runs: number): Promise<Map<string, ExitTiming>> {
  const browser = await launchChromium();
  try {
    const byUrl = new Map<string, ExitTiming[]>(urls.map((u) => [u, []]));
    // Alternating pages, so a busy moment on the machine does not fall on one page only.
    for (let i = 0; i < runs; i++) for (const url of urls) byUrl.get(url)!.push(await once(browser, url));
    const m = (list: ExitTiming[], k: keyof ExitTiming) => median(list.map((x) => x[k]));
    return new Map(
      [...byUrl].map(([url, list]) => [url, { paintedMs: m(list, "paintedMs"), listeningMs: m(list, "listeningMs"), safeFromMs: m(list, "safeFromMs"), loadMs: m(list, "loadMs") }]),
    );
  } finally {
    await browser.close();
  }
}
