// Lighthouse audit of the site's main page types, against the site's budgets and against a
// bare Next 16 page measured in the same run; plus when the quick exit is safe on a slow phone.
// Run: npm run audit -- [--runs N] [--exit-runs N] [--no-build]
//   --runs N        Lighthouse runs per page; the median of each figure is printed (default 3)
//   --exit-runs N   throttled loads per page for the quick exit's timing (default 5)
//   --no-build      serve the existing .next-bench build instead of building it again
// Builds the site into .next-bench and the bare page into a temporary project, serves both
// on localhost (ports 3300-3399), runs Lighthouse (mobile, simulated throttling) in
// Debian's chromium, each round auditing the bare page then every site page, and prints
// the tables, also written to bench-results/audit.json. The budgets are a report: the exit
// code is 0 whatever the figures, and non-zero only when something broke.
import { report, type PageResult } from "./lib/audit-report";
import { parseArgs } from "./lib/cli-args";
import { startCpuMeter } from "./lib/cpu-meter";
import { startBareNext } from "./lib/empty-next-baseline";
import { measureExitTiming } from "./lib/exit-timing";
import { medianFigures, openAuditor, type PageFigures } from "./lib/lighthouse-run";
import { buildNext, hasBuild, startNext } from "./lib/next-app";
import { AUDIT_PAGES } from "./lib/pages";
import { installExitCleanup, runScript } from "./lib/processes";
import { REPO_DIR, writeResults } from "./lib/results-file";
import { busyWarning, describeMachine, logFile, machineNote, versionOf } from "./lib/run-context";

const DIST_DIR = ".next-bench";

async function main() {
  const args = parseArgs(process.argv.slice(2), ["--runs", "--exit-runs", "--no-build"]);
  const runs = args.number("--runs", 3);
  const exitRuns = args.number("--exit-runs", 5);
  installExitCleanup();

  if (args.has("--no-build")) {
    if (!hasBuild(REPO_DIR, DIST_DIR)) throw new Error(`--no-build, but there is no build in ${DIST_DIR}: run without --no-build once`);
    console.log(`using the existing build in ${DIST_DIR}`);
  } else {
    await buildNext({ name: "site", projectDir: REPO_DIR, distDir: DIST_DIR, logFile: logFile("build-site") });
  }
  const bare = await startBareNext();
  const site = await startNext({ name: "site", projectDir: REPO_DIR, distDir: DIST_DIR, logFile: logFile("serve-site-audit") });
  const auditor = await openAuditor();
  try {
    const meter = startCpuMeter([site.pid, bare.server.pid, auditor.pid]);
    const bareRuns: PageFigures[] = [];
    const pageRuns = new Map<string, PageFigures[]>(AUDIT_PAGES.map((p) => [p.key, []]));
    for (let i = 0; i < runs; i++) {
      console.log(`  Lighthouse round ${i + 1}/${runs}: bare Next page, ${AUDIT_PAGES.map((p) => p.label).join(", ")}`);
      bareRuns.push(await auditor.audit(bare.server.origin + "/"));
      for (const page of AUDIT_PAGES) pageRuns.get(page.key)!.push(await auditor.audit(site.origin + page.path));
    }
    console.log(`  quick exit timing: ${exitRuns} throttled loads per page`);
    const exit = await measureExitTiming(
      AUDIT_PAGES.map((p) => site.origin + p.path),
      exitRuns,
    );
    const cpu = meter.stop();
    const busy = busyWarning([cpu?.othersCores]);

    const results: PageResult[] = AUDIT_PAGES.map((p) => {
      const list = pageRuns.get(p.key)!;
      return { ...p, median: medianFigures(list), runs: list, exit: exit.get(site.origin + p.path)! };
    });
    const bareResult = { median: medianFigures(bareRuns), runs: bareRuns };
    const notes = [`other work's CPU while measuring: ${cpu ? cpu.othersCores.toFixed(2) : "?"} cores`, ...(busy ? [busy] : [])];
    const table = report(results, bareResult, { runs, exitRuns, machine: describeMachine(), notes });
    const file = writeResults("audit.json", {
      measuredAt: new Date().toISOString(),
      settings: { formFactor: "mobile", throttling: "simulated (Lighthouse default)", runs, exitRuns, statistic: "median of each figure" },
      machine: { ...machineNote(), othersCores: cpu?.othersCores ?? null, warning: busy ?? null },
      versions: { lighthouse: versionOf("lighthouse"), next: versionOf("next") },
      table,
      bareNextPage: bareResult,
      pages: results,
    });
    console.log(`\nwritten to ${file}`);
  } finally {
    await auditor.close();
    await site.stop();
    await bare.stop();
  }
}

runScript("audit", main);
