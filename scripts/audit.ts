// Lighthouse audit of the site's main page types, against the site's budgets.
// Run: npm run audit -- [--runs N] [--no-build] [--reuse-baseline]
//   --runs N            Lighthouse runs per page, the median of each figure is printed (default 3)
//   --no-build          serve the existing .next-bench build instead of building it again
//   --reuse-baseline    reuse bench-results/empty-next.json instead of measuring an empty Next app
// Builds the site into .next-bench, serves it on localhost (ports 3300-3399), runs
// Lighthouse (mobile, simulated throttling) in Debian's chromium, and prints one table,
// also written to bench-results/audit.json. The budgets are a report: the exit code is 0
// whatever the figures, and non-zero only when something broke.
import { auditFigures, BUDGETS, cell } from "./lib/audit-budgets";
import { parseArgs } from "./lib/cli-args";
import { startCpuMeter, type CpuShare } from "./lib/cpu-meter";
import { cachedBaseline, measureBaseline, type Baseline } from "./lib/empty-next-baseline";
import { medianFigures, openAuditor, type Auditor, type PageFigures } from "./lib/lighthouse-run";
import { buildNext, hasBuild, startNext } from "./lib/next-app";
import { AUDIT_PAGES } from "./lib/pages";
import { installExitCleanup, stopAll } from "./lib/processes";
import { REPO_DIR, writeResults } from "./lib/results-file";
import { busyWarning, describeMachine, logFile, machineNote, versionOf } from "./lib/run-context";
import { kb } from "./lib/stats";
import { printTable } from "./lib/table";

const DIST_DIR = ".next-bench";

type PageResult = { key: string; label: string; path: string; median: PageFigures; runs: PageFigures[]; cpu: CpuShare | null };

async function auditSite(auditor: Auditor, runs: number): Promise<PageResult[]> {
  const server = await startNext({ name: "site", projectDir: REPO_DIR, distDir: DIST_DIR, logFile: logFile("serve-site-audit") });
  try {
    const results: PageResult[] = [];
    for (const page of AUDIT_PAGES) {
      const figures: PageFigures[] = [];
      const meter = startCpuMeter([server.pid, auditor.pid]);
      for (let i = 0; i < runs; i++) {
        console.log(`  Lighthouse: ${page.label} (${page.path}), run ${i + 1}/${runs}`);
        figures.push(await auditor.audit(server.origin + page.path));
      }
      results.push({ ...page, median: medianFigures(figures), runs: figures, cpu: meter.stop() });
    }
    return results;
  } finally {
    await server.stop();
  }
}

function report(results: PageResult[], baseline: Baseline, baselineNote: string, runs: number, busy: string | undefined) {
  const figures = auditFigures(baseline.jsBytes);
  printTable(
    `Lighthouse mobile (simulated throttling), median of ${runs} run${runs > 1 ? "s" : ""} per page; ${describeMachine()}`,
    ["figure", "budget", ...results.map((r) => r.label)],
    [
      ...figures.map((f) => [f.label, f.budget, ...results.map((r) => cell(f, f.value(r.median)))]),
      ["other work's CPU (cores)", "-", ...results.map((r) => (r.cpu ? r.cpu.othersCores.toFixed(2) : "?"))],
    ],
    [
      `empty Next page JS: ${kb(baseline.jsBytes)} (${baselineNote}); JS budget = that + ${kb(BUDGETS.jsOverEmptyNextBytes, 0)}`,
      `sizes are bytes transferred (compressed), 1 KB = 1024 bytes; pages: ${results.map((r) => `${r.label} ${r.path}`).join(", ")}`,
      ...(busy ? [busy] : []),
    ],
  );
  return figures.map((f) => ({
    key: f.key,
    label: f.label,
    budget: f.budget,
    pages: Object.fromEntries(
      results.map((r) => {
        const value = f.value(r.median);
        return [r.key, { value, ok: f.within ? f.within(value) : null }];
      }),
    ),
  }));
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ["--runs", "--no-build", "--reuse-baseline"]);
  const runs = args.number("--runs", 3);
  installExitCleanup();

  if (args.has("--no-build")) {
    if (!hasBuild(REPO_DIR, DIST_DIR)) throw new Error(`--no-build, but there is no build in ${DIST_DIR}: run without --no-build once`);
    console.log(`using the existing build in ${DIST_DIR}`);
  } else {
    await buildNext({ name: "site", projectDir: REPO_DIR, distDir: DIST_DIR, logFile: logFile("build-site") });
  }

  let { baseline, why } = args.has("--reuse-baseline") ? cachedBaseline() : { baseline: undefined, why: "" };
  if (!baseline && args.has("--reuse-baseline")) console.log(`measuring the empty Next page: ${why}`);

  const auditor = await openAuditor();
  try {
    if (!baseline) {
      baseline = await measureBaseline(auditor, runs);
      why = `measured now, median of ${runs}`;
    }
    const results = await auditSite(auditor, runs);
    const busy = busyWarning(results.map((r) => r.cpu?.othersCores));
    const table = report(results, baseline, why, runs, busy);
    const file = writeResults("audit.json", {
      measuredAt: new Date().toISOString(),
      settings: { formFactor: "mobile", throttling: "simulated (Lighthouse default)", runs, statistic: "median of each figure" },
      machine: { ...machineNote(), warning: busy ?? null },
      versions: { lighthouse: versionOf("lighthouse"), next: versionOf("next") },
      emptyNextPage: { ...baseline, note: why },
      budgets: BUDGETS,
      table,
      pages: results,
    });
    console.log(`\nwritten to ${file}`);
  } finally {
    await auditor.close();
  }
}

main()
  .catch((e) => {
    console.error(`\naudit failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
