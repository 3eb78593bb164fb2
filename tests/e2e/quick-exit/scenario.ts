// The quick exit must work from the first frame that paints it, before React or any bundle
// has run, in every engine. One scenario, run by first-frame.spec.ts with a driver per
// engine (drivers/): in each round `/` is loaded, then TARGET, and the exit is tapped (at
// its box, not "when actionable") or Shift pressed three times in the first frame that
// paints it. In the same event the page must be hidden and untitled; the neutral site must
// follow; and Back must land on `/`, since location.replace took the page out of history.
//
// Why every other round holds the site's scripts back: a plain link followed while the page
// is still loading replaces the history entry anyway in Chromium, and the bundles can
// arrive between two key presses. Holding them until the exit was used leaves only the
// inline script in the HTML to pass those rounds. The neutral site's answer is held too,
// so the page left can still be read.
import { expect, test } from "@playwright/test";
import { EXIT_STUB_TITLE } from "../support";

export const BEFORE = "/";
export const TARGET = "/hotlines/canadian-human-trafficking-hotline";
export const VIEWPORT = { width: 375, height: 740 };
export const EXIT_STUB_HTML = `<!doctype html><title>${EXIT_STUB_TITLE}</title><h1>Weather</h1>`;

export type Point = { x: number; y: number };
export type FirstFrame = Point & { readyState: string; viewport: typeof VIEWPORT };
/** What the spy saw at one click or key release, after the page's own handlers ran. */
export type Seen = { visibility: string; title: string };

/** One browser, as the scenario needs it. Each engine's module says how. */
export interface Driver {
  /** Loads `path` far enough to be in history. */
  load(path: string): Promise<void>;
  /** Until release(): the neutral site's answer held back, the site's scripts too if asked, and the slow phone where the engine can. */
  hold(scripts: boolean): Promise<void>;
  /** Starts loading `path`; the exit's centre in the first frame that paints it (probe), the spy added (addSpy). */
  firstFrame(path: string): Promise<FirstFrame>;
  tap(at: Point): Promise<void>;
  pressShift(): Promise<void>;
  /** What the spy saw, waiting a while for `events` events. */
  seen(events: number): Promise<Seen[]>;
  /** Lets everything held go on; how many scripts were held. */
  release(): Promise<number>;
  title(): Promise<string>;
  /** Goes Back; the address it lands on. */
  back(): Promise<string>;
  /** Every request that tried to leave the machine, the neutral site's aside. */
  offsite: string[];
  close(): Promise<void>;
}

export type Engine = {
  name: string;
  rounds: number;
  /** A ceiling for each test, with room for a busy machine. */
  timeout: number;
  /** Whether its two tests share one browser, one after the other, where a launch costs seconds. */
  serial: boolean;
  /** Why the engine cannot run on this machine, if it cannot. */
  missing(): string | undefined;
  launch(baseURL: string): Promise<Driver>;
};

/** Runs in the page once per animation frame (rAF only runs when a frame is rendered): null until `target` paints its exit, then its centre. */
export function probe(target: string) {
  if (location.pathname !== target) return null;
  const box = document.querySelector(".urgent-bar a[data-quick-exit]")?.getBoundingClientRect();
  if (!box || box.width === 0 || box.height === 0) return null;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, readyState: document.readyState, viewport: { width: innerWidth, height: innerHeight } };
}

/**
 * Runs in the page right after probe() found the exit, before it is used. The spy listens
 * on window, bubbling, so after every listener on the document, and records the page's
 * visibility and title; it sends them as a beacon too if `beacon` is a path (Chromium runs
 * no command in a page whose navigation is pending: it reads the network instead). Added
 * by a plain evaluation, not inside the probe: in Firefox, listeners added by puppeteer's
 * waitForFunction were now and then never called (the spy saw 0 events; the page had left).
 */
export function addSpy(beacon: string | null) {
  const spied = window as typeof window & { quickExitSpy?: Seen[] };
  if (spied.quickExitSpy) return;
  const seen: Seen[] = (spied.quickExitSpy = []);
  const report = () => {
    const state = { visibility: getComputedStyle(document.body).visibility, title: document.title };
    seen.push(state);
    if (beacon) navigator.sendBeacon(`${beacon}?${new URLSearchParams({ seq: String(seen.length), ...state })}`);
  };
  for (const type of ["click", "keyup"]) window.addEventListener(type, report);
}

/** The spy's record, read in the page left. */
export const readSpy = () => (window as typeof window & { quickExitSpy?: Seen[] }).quickExitSpy ?? [];

/** The rounds: `events` is how many events the exit takes (1 tap, 3 key releases). */
export async function leaveAtFirstFrame(driver: Driver, rounds: number, events: number, act: (at: Point) => Promise<void>) {
  const states: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const label = `round ${round + 1}`;
    const started = Date.now();
    await driver.load(BEFORE);
    await driver.hold(round % 2 === 0);
    const at = await driver.firstFrame(TARGET);
    expect(at.viewport, label).toEqual(VIEWPORT);
    await act(at);
    // In the same event as the tap or the last key release: nothing of the page left is
    // visible, and the tab title is blank.
    const seen = await driver.seen(events);
    expect(seen, `${label}: the spy saw every event`).toHaveLength(events);
    expect(seen.at(-1)!.visibility, label).toBe("hidden");
    expect(seen.at(-1)!.title, label).not.toMatch(/\w/);
    const held = await driver.release();
    await expect.poll(() => driver.title().catch(() => ""), { message: `${label}: the neutral site`, timeout: 30_000 }).toBe(EXIT_STUB_TITLE);
    // The page left was replaced in history: Back lands on the page before it.
    expect(new URL(await driver.back()).pathname, label).toBe(BEFORE);
    states.push(`${at.readyState}${held ? ` (${held} scripts held)` : ""}, ${Date.now() - started} ms`);
  }
  expect(driver.offsite).toEqual([]);
  // How early the page was when the exit was used, for whoever reads the report.
  test.info().annotations.push({ type: "document.readyState at the first frame, and each round's time", description: states.join("; ") });
}
