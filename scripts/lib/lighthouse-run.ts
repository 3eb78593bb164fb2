// Lighthouse through its Node API, in Debian's chromium, with Lighthouse's defaults:
// mobile form factor, simulated throttling. One Chrome serves every run; Lighthouse
// clears the cache and storage before each, so every run is a first visit.
import type defaultLighthouse from "lighthouse";
import type { Result } from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_PATH } from "./chromium";
import { onCleanup } from "./processes";
import { median } from "./stats";

export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** The figures of one Lighthouse run of one page. Sizes are bytes as transferred (compressed). */
export type PageFigures = {
  scores: Record<Category, number>; // 0-100
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  requests: number;
  jsBytes: number;
  htmlBytes: number;
  /** Lighthouse's "main-thread work" (ms, simulated mobile CPU), and where it went: scriptEvaluation, styleLayout, parseHTML, ... */
  mainThreadMs: number;
  mainThreadByGroup: Record<string, number>;
  /** Lighthouse's "JavaScript execution time" (bootup-time), ms per script: "page" is the HTML's own inline scripts, "next" Next's and React's bundles, "site" ours. */
  scriptByOwner: Record<string, number>;
};

/**
 * `import lighthouse from "lighthouse"`, loaded with Node's own import() rather than
 * through tsx. tsx compiles what it loads with esbuild's keepNames, which wraps functions
 * in a `__name(...)` helper; Lighthouse sends some of its functions to the page as
 * source text, where `__name` does not exist ("ReferenceError: __name is not defined").
 * The Function constructor keeps this import() from being rewritten to require().
 */
type Lighthouse = typeof defaultLighthouse;
const nativeImport = new Function("specifier", "return import(specifier)") as (s: string) => Promise<{ default: Lighthouse }>;

type NetworkItem = { url: string; resourceType?: string; transferSize?: number };
type WorkItem = { group: string; duration: number };
type BootupItem = { url: string; total: number };

/** Whose script a URL is: the page's inline scripts are reported under the page's own URL (Lighthouse's own "Unattributable" stays as it is). */
function ownerOf(url: string, page: string): string {
  if (url === page) return "page (inline scripts)";
  return /\/_next\/static\//.test(url) ? "bundles" : url;
}

/**
 * JS, HTML and request counts come from Lighthouse's own network-requests audit (not a
 * second, Playwright page load): the same page load the scores come from, with the
 * sizes Chrome saw on the wire after compression.
 */
function figuresOf(lhr: Result): PageFigures {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${lhr.finalDisplayedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== "number") throw new Error(`Lighthouse gave no value for ${id} on ${lhr.finalDisplayedUrl}`);
    return value;
  };
  const scores = {} as Record<Category, number>;
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    if (typeof score !== "number") throw new Error(`Lighthouse gave no ${id} score for ${lhr.finalDisplayedUrl}`);
    scores[id] = Math.round(score * 100);
  }
  const details = lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined;
  const items = details?.items ?? [];
  const bytesOf = (type: string) => items.filter((i) => i.resourceType === type).reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
  const work = (lhr.audits["mainthread-work-breakdown"]?.details as { items?: WorkItem[] } | undefined)?.items ?? [];
  return {
    scores,
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    transferBytes: numeric("total-byte-weight"),
    requests: items.length,
    jsBytes: bytesOf("Script"),
    htmlBytes: bytesOf("Document"),
    mainThreadMs: numeric("mainthread-work-breakdown"),
    mainThreadByGroup: Object.fromEntries(work.map((w) => [w.group, w.duration])),
    scriptByOwner: bootup(lhr),
  };
}

function bootup(lhr: Result): Record<string, number> {
  const items = (lhr.audits["bootup-time"]?.details as { items?: BootupItem[] } | undefined)?.items ?? [];
  const byOwner: Record<string, number> = {};
  for (const i of items) {
    const owner = ownerOf(i.url, lhr.finalDisplayedUrl);
    byOwner[owner] = (byOwner[owner] ?? 0) + i.total;
  }
  return byOwner;
}

class LighthouseTimeout extends Error {}

/** `pid` is Chrome's, the leader of its own process group (chrome-launcher starts it detached). */
export type Auditor = { audit: (url: string) => Promise<PageFigures>; close: () => Promise<void>; pid: number };

export async function openAuditor(): Promise<Auditor> {
  const { default: lighthouse } = await nativeImport("lighthouse");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false, // our own handler stops Chrome together with the servers
    logLevel: "silent",
  });
  const runOnce = async (url: string): Promise<PageFigures> => {
    // Bounded: Lighthouse waits up to 45 s for a load by itself; this catches anything else.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LighthouseTimeout(`Lighthouse took over 3 minutes on ${url}`)), 180_000);
    });
    try {
      const result = await Promise.race([
        lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }),
        timeout,
      ]);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      return figuresOf(result.lhr);
    } finally {
      clearTimeout(timer);
    }
  };
  const close = async () => {
    unregister();
    chrome.kill();
  };
  const unregister = onCleanup("chromium", async () => chrome.kill(), () => chrome.kill());
  return {
    close,
    pid: chrome.pid,
    async audit(url) {
      // Runs Lighthouse reports as failed (a Chrome error page, a load that never ends)
      // happen now and then on this busy machine: such a run is tried again, twice at
      // most, and the failure is said. A page that fails three times is an error.
      for (let attempt = 1; ; attempt++) {
        try {
          return await runOnce(url);
        } catch (e) {
          // A run cut off by our timeout may still be driving Chrome: no second run beside it.
          if (attempt >= 3 || e instanceof LighthouseTimeout) throw e;
          console.warn(`  run failed (${(e as Error).message.split("\n")[0]}); trying again`);
        }
      }
    },
  };
}

/** Median of each figure separately across runs (the runs' medians need not come from one run). */
export function medianFigures(runs: PageFigures[]): PageFigures {
  const m = (pick: (f: PageFigures) => number) => median(runs.map(pick));
  const scores = {} as Record<Category, number>;
  for (const id of CATEGORIES) scores[id] = m((f) => f.scores[id]);
  return {
    scores,
    lcpMs: m((f) => f.lcpMs),
    tbtMs: m((f) => f.tbtMs),
    cls: m((f) => f.cls),
    transferBytes: m((f) => f.transferBytes),
    requests: m((f) => f.requests),
    jsBytes: m((f) => f.jsBytes),
    htmlBytes: m((f) => f.htmlBytes),
    mainThreadMs: m((f) => f.mainThreadMs),
    mainThreadByGroup: Object.fromEntries(
      [...new Set(runs.flatMap((f) => Object.keys(f.mainThreadByGroup)))].map((g) => [g, m((f) => f.mainThreadByGroup[g] ?? 0)]),
    ),
    scriptByOwner: Object.fromEntries(
      [...new Set(runs.flatMap((f) => Object.keys(f.scriptByOwner)))].map((o) => [o, m((f) => f.scriptByOwner[o] ?? 0)]),
    ),
  };
}
