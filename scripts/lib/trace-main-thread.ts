// One throttled load of a page in Debian's chromium, traced: where its main thread spent
// its time, by kind of work (parsing HTML, style, layout, script, paint) and how many
// times each ran. The trace is the evidence behind Lighthouse's coarser breakdown: it
// shows, for instance, a layout of the whole page each time the HTML parser yields.
import { launchChromium } from "./chromium";

/** The kinds of work counted, by the trace event Chrome records for each. */
export const WORK = ["ParseHTML", "ParseAuthorStyleSheet", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "EvaluateScript", "FunctionCall"] as const;

/** Self time (ms) and count of each kind: an inline script run while parsing counts as script, not as parsing. */
export type MainThreadWork = Record<string, { ms: number; count: number }>;

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } };

export async function openTracer(): Promise<{ trace: (url: string, cpuSlowdown: number) => Promise<MainThreadWork>; close: () => Promise<void> }> {
  const browser = await launchChromium();
  return {
    close: () => browser.close(),
    async trace(url, cpuSlowdown) {
      // A fresh context each time: a first visit, nothing cached. A phone-sized screen.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
        await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
        await page.goto(url, { waitUntil: "load" });
        await page.waitForTimeout(1000); // hydration and what follows it
        const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
        return summarize(events);
      } finally {
        await context.close();
      }
    },
  };
}

/** The renderer's main thread is the CrRendererMain with the most work; only complete events ("X") have a duration. */
function summarize(events: TraceEvent[]): MainThreadWork {
  const threads = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const busy = (t: TraceEvent) => events.reduce((sum, e) => (e.pid === t.pid && e.tid === t.tid && e.ph === "X" ? sum + (e.dur ?? 0) : sum), 0);
  const main = threads.sort((a, b) => busy(b) - busy(a))[0];
  const work: MainThreadWork = Object.fromEntries(WORK.map((name) => [name, { ms: 0, count: 0 }]));
  if (!main) return work;
  const counted = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.name in work).sort((a, b) => a.ts - b.ts);
  // Events on one thread nest; each one's time inside another counted event is taken off that one.
  const open: TraceEvent[] = [];
  for (const e of counted) {
    while (open.length && open.at(-1)!.ts + (open.at(-1)!.dur ?? 0) <= e.ts) open.pop();
    if (open.length) work[open.at(-1)!.name].ms -= (e.dur ?? 0) / 1000;
    work[e.name].ms += (e.dur ?? 0) / 1000;
    work[e.name].count += 1;
    open.push(e);
  }
  return work;
}
