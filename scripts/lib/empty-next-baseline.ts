// "Empty Next page JS": what a minimal Next 16 App Router page transfers in JavaScript,
// measured the same way as the site's pages (Lighthouse's network requests, median of
// the same number of runs). The site's JS budget is this plus 10 KB. It is cached in
// bench-results/empty-next.json, and reused with --reuse-baseline while Next, React and
// Lighthouse are the versions it was measured with.
import type { Auditor } from "./lighthouse-run";
import { buildNext, startNext } from "./next-app";
import { readResults, REPO_DIR, writeResults } from "./results-file";
import { logFile, versionOf } from "./run-context";
import { median } from "./stats";
import { makeEmptyNextApp } from "./temp-projects";

export type Baseline = {
  jsBytes: number;
  jsBytesByRun: number[];
  requests: number;
  runs: number;
  versions: Record<string, string>;
  measuredAt: string;
};

const CACHE = "empty-next.json";
const DIST_DIR = ".next-bench";

function currentVersions(): Record<string, string> {
  return Object.fromEntries(["next", "react", "react-dom", "lighthouse"].map((p) => [p, versionOf(p)]));
}

/** The cached figure, if it was measured with the packages installed now. */
export function cachedBaseline(): { baseline?: Baseline; why: string } {
  const cached = readResults<Baseline>(CACHE);
  if (!cached) return { why: `no bench-results/${CACHE} yet` };
  const now = currentVersions();
  const changed = Object.keys(now).filter((p) => cached.versions?.[p] !== now[p]);
  if (changed.length) return { why: `cached figure was measured with other versions of ${changed.join(", ")}` };
  return { baseline: cached, why: `reused bench-results/${CACHE} from ${cached.measuredAt}` };
}

export async function measureBaseline(auditor: Auditor, runs: number): Promise<Baseline> {
  const project = makeEmptyNextApp(REPO_DIR);
  try {
    await buildNext({ name: "empty Next app", projectDir: project.dir, distDir: DIST_DIR, logFile: logFile("build-empty-next") });
    const server = await startNext({ name: "empty Next app", projectDir: project.dir, distDir: DIST_DIR, logFile: logFile("serve-empty-next") });
    try {
      const figures = [];
      for (let i = 0; i < runs; i++) {
        console.log(`  Lighthouse: empty Next page, run ${i + 1}/${runs}`);
        figures.push(await auditor.audit(server.origin + "/"));
      }
      const baseline: Baseline = {
        jsBytes: median(figures.map((f) => f.jsBytes)),
        jsBytesByRun: figures.map((f) => f.jsBytes),
        requests: median(figures.map((f) => f.requests)),
        runs,
        versions: currentVersions(),
        measuredAt: new Date().toISOString(),
      };
      writeResults(CACHE, baseline);
      return baseline;
    } finally {
      await server.stop();
    }
  } finally {
    project.remove();
  }
}
