// Where a throttled load of each audited page spends its main thread, from a Chrome
// trace, next to the bare Next page: the evidence `npm run audit` points to when a page
// misses its targets (Lighthouse's breakdown lumps much of it into "other").
// Run: npm run trace -- [--runs N] [--slowdown N]
//   --runs N       loads per page; the median of each figure is printed (default 5)
//   --slowdown N   CPU throttling factor (default 4, Lighthouse's mobile default)
// Serves the existing .next-bench build (run `npm run audit` or `npm run bench:http`
// once to make it) and builds the bare page as the audit does. Exit 0 whatever the figures.
import { parseArgs } from "./lib/cli-args";
import { startBareNext } from "./lib/empty-next-baseline";
import { hasBuild, startNext } from "./lib/next-app";
import { AUDIT_PAGES } from "./lib/pages";
import { installExitCleanup, runScript } from "./lib/processes";
import { REPO_DIR, writeResults } from "./lib/results-file";
import { describeMachine, logFile } from "./lib/run-context";
import { median, ms } from "./lib/stats";
import { printTable } from "./lib/table";
import { openTracer, WORK, type MainThreadWork } from "./lib/trace-main-thread";

const DIST_DIR = ".next-bench";

/** The median self time and count of each kind of work over several loads. */
function medianWork(loads: MainThreadWork[]): MainThreadWork {
  return Object.fromEntries(WORK.map((name) => [name, { ms: median(loads.map((l) => l[name].ms)), count: median(loads.map((l) => l[name].count)) }]));
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ["--runs", "--slowdown"]);
  const runs = args.number("--runs", 5);
  const slowdown = args.number("--slowdown", 4);
  installExitCleanup();
  if (!hasBuild(REPO_DIR, DIST_DIR)) throw new Error(`no build in ${DIST_DIR}: run \`npm run audit\` once`);
  const bare = await startBareNext();
  const site = await startNext({ name: "site", projectDir: REPO_DIR, distDir: DIST_DIR, logFile: logFile("serve-site-trace") });
  const tracer = await openTracer();
  try {
    const targets = [{ label: "bare Next page", url: bare.server.origin + "/" }, ...AUDIT_PAGES.map((p) => ({ label: p.label, url: site.origin + p.path }))];
    const loads = new Map<string, MainThreadWork[]>(targets.map((t) => [t.label, []]));
    // Alternating, as the audit does, so a busier minute moves every page alike.
    for (let i = 0; i < runs; i++) for (const t of targets) loads.get(t.label)!.push(await tracer.trace(t.url, slowdown));
    const result = Object.fromEntries(targets.map((t) => [t.label, medianWork(loads.get(t.label)!)]));
    const total = (w: MainThreadWork) => WORK.reduce((sum, name) => sum + w[name].ms, 0);
    printTable(
      `Main-thread self time of a load at ${slowdown}× CPU slowdown, median of ${runs} (times run in brackets)`,
      ["work", ...targets.map((t) => t.label)],
      [
        ...WORK.map((name) => [name, ...targets.map((t) => `${ms(result[t.label][name].ms)} (${result[t.label][name].count})`)]),
        ["all of the above", ...targets.map((t) => ms(total(result[t.label])))],
      ],
      [describeMachine(), "EvaluateScript on a page: its inline scripts (the RSC payload, whose processing hydrates the page) and each bundle as it arrives"],
    );
    console.log(`\nwritten to ${writeResults("trace.json", { measuredAt: new Date().toISOString(), runs, slowdown, pages: result })}`);
  } finally {
    await tracer.close();
    await site.stop();
    await bare.stop();
  }
}

runScript("trace", main);
