// The audit's three tables: Lighthouse figures against the budgets and the bare Next page;
// the quick exit's "safe from" moments; where the main-thread time goes.
import { auditFigures, cell } from "./audit-budgets";
import { EXIT_TIMING_PROFILE, type ExitTiming } from "./exit-timing";
import type { PageFigures } from "./lighthouse-run";
import { kb, ms } from "./stats";
import { printTable } from "./table";

export type PageResult = { key: string; label: string; path: string; median: PageFigures; runs: PageFigures[]; exit: ExitTiming };
export type BareResult = { median: PageFigures; runs: PageFigures[] };

/** Prints the tables; returns the first one as data, cell by cell, for the results file. */
export function report(results: PageResult[], bare: BareResult, opts: { runs: number; exitRuns: number; machine: string; notes: string[] }) {
  const figures = auditFigures(bare.median);
  printTable(
    `Lighthouse mobile (simulated throttling), median of ${opts.runs} run${opts.runs > 1 ? "s" : ""} per page, alternating with the bare Next page; ${opts.machine}`,
    ["figure", "budget", "bare Next page", ...results.map((r) => r.label)],
    figures.map((f) => [f.label, f.budget, f.key.endsWith("OverBare") ? "-" : f.format(f.value(bare.median)), ...results.map((r) => cell(f, f.value(r.median)))]),
    [
      `bare Next page: "Hello" and one link, built and served like the site; JS budget = its JS + ${kb(10 * 1024, 0)}`,
      `sizes are bytes transferred (compressed), 1 KB = 1024 bytes; pages: ${results.map((r) => `${r.label} ${r.path}`).join(", ")}`,
      ...opts.notes,
    ],
  );

  printTable(
    `Quick exit on a slow phone (${EXIT_TIMING_PROFILE}), median of ${opts.exitRuns} loads, ms from navigation start`,
    ["moment", ...results.map((r) => r.label)],
    [
      ["exit first painted", ...results.map((r) => ms(r.exit.paintedMs))],
      ["exit script listening", ...results.map((r) => ms(r.exit.listeningMs))],
      ["safe from (later of the two)", ...results.map((r) => ms(r.exit.safeFromMs))],
      ["page's scripts done (load)", ...results.map((r) => ms(r.exit.loadMs))],
    ],
    ["safe from = painted means a tap works from the first frame that shows the exit; before the inline script it waited for the scripts"],
  );

  // Lighthouse's main-thread groups (scriptEvaluation, styleLayout, parseHTML, ...), largest first.
  const groups = Object.keys(results[0]?.median.mainThreadByGroup ?? {}).sort(
    (a, b) => (results[0].median.mainThreadByGroup[b] ?? 0) - (results[0].median.mainThreadByGroup[a] ?? 0),
  );
  printTable(
    "Where the main-thread time goes (Lighthouse's breakdown of the same runs, median ms)",
    ["work", "bare Next page", ...results.map((r) => r.label)],
    groups.map((g) => [g, ms(bare.median.mainThreadByGroup[g] ?? 0), ...results.map((r) => ms(r.median.mainThreadByGroup[g] ?? 0))]),
  );

  // The same time by whose script ran it: the HTML's inline scripts (Next's RSC payload among
  // them) are reported under the page's own address.
  const owners = [...new Set([bare, ...results].flatMap((r) => Object.keys(r.median.scriptByOwner)))];
  printTable(
    "JavaScript execution time by script (Lighthouse's bootup-time, median ms)",
    ["script", "bare Next page", ...results.map((r) => r.label)],
    owners.map((o) => [o, ms(bare.median.scriptByOwner[o] ?? 0), ...results.map((r) => ms(r.median.scriptByOwner[o] ?? 0))]),
  );

  return figures.map((f) => ({
    key: f.key,
    label: f.label,
    budget: f.budget,
    bare: f.key.endsWith("OverBare") ? null : f.value(bare.median),
    pages: Object.fromEntries(results.map((r) => [r.key, { value: f.value(r.median), ok: f.within ? f.within(f.value(r.median)) : null }])),
  }));
}
