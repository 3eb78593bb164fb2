// HTTP throughput and latency of each page type, on loopback, with autocannon.
// Run: npm run bench:http -- [--duration S] [--no-build]
//   --duration S   seconds of load per page and variant (default 10), after a short warm-up
//   --no-build     serve the existing .next-bench build of the site instead of rebuilding it
// Three variants, measured one after another (never two servers at once):
//   a) the site as shipped: every page rendered per request with a fresh CSP nonce (.next-bench);
//   b) the same pages rendered statically: a copy in os.tmpdir() without force-dynamic and
//      without proxy.ts, built into .next-static (pages reading searchParams stay dynamic);
//   c) a bare node:http server replaying, from memory, the bytes a) sent: this machine's ceiling
//      (for the server and autocannon together: at thousands of req/s, autocannon's own
//      core is part of what limits it).
// All three answer uncompressed (no Accept-Encoding is sent). Target: p99 <= 50 ms at 10
// connections for every page type of a). Results also go to bench-results/http.json.
// Exit 0 whatever the figures; non-zero only when something broke.
import { parseArgs } from "./lib/cli-args";
import { startBytesServer } from "./lib/bytes-server";
import { fetchRaw, type RawResponse } from "./lib/fetch-raw";
import { loadTest, type LoadFigures } from "./lib/load-test";
import { startCpuMeter, type CpuShare } from "./lib/cpu-meter";
import { buildNext, hasBuild, prerenderedRoutes, routeTable, startNext } from "./lib/next-app";
import { PAGE_TYPES, type PageType } from "./lib/pages";
import { installExitCleanup, stopAll } from "./lib/processes";
import { REPO_DIR, writeResults } from "./lib/results-file";
import { busyWarning, describeMachine, logFile, machineNote, versionOf } from "./lib/run-context";
import type { RunningServer } from "./lib/server";
import { kb } from "./lib/stats";
import { printTable } from "./lib/table";
import { makeStaticCopy, type TempProject } from "./lib/temp-projects";

const CONNECTIONS = 10;
const TARGET_P99_MS = 50;
const SITE_DIST_DIR = ".next-bench";
const STATIC_DIST_DIR = ".next-static";

type VariantKey = "a" | "b" | "c";
type Variant = { key: VariantKey; label: string; start: () => Promise<RunningServer> };

/** What one page answered in one variant, before the load: its status, size and how Next served it. */
type Probe = { status: number; bodyBytes: number; contentEncoding: string | null; nextjsCache: string | null; nextjsPrerender: string | null };
type Measured = Probe & LoadFigures & { cpu: CpuShare | null };

function probeOf(r: RawResponse): Probe {
  const header = (name: string) => (r.headers[name] === undefined ? null : String(r.headers[name]));
  return {
    status: r.status,
    bodyBytes: r.body.length,
    contentEncoding: header("content-encoding"),
    nextjsCache: header("x-nextjs-cache"),
    nextjsPrerender: header("x-nextjs-prerender"),
  };
}

/**
 * Serves one variant, and for each page: one plain GET (kept for the ceiling server when
 * it is a), a short warm-up run, then the measured run. The server is stopped after.
 */
async function measureVariant(variant: Variant, durationS: number, warmupS: number, keep?: Map<string, RawResponse>) {
  console.log(`\n${variant.label}: starting the server ...`);
  const server = await variant.start();
  const results = new Map<string, Measured>();
  try {
    for (const page of PAGE_TYPES) {
      const url = server.origin + page.path;
      const response = await fetchRaw(url);
      keep?.set(page.path, response);
      await loadTest(url, CONNECTIONS, warmupS);
      const meter = startCpuMeter([server.pid]);
      const figures = await loadTest(url, CONNECTIONS, durationS);
      const cpu = meter.stop();
      console.log(
        `  ${page.label.padEnd(16)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  p99 ${String(figures.p99Ms).padStart(4)} ms` +
          (cpu ? `  (CPU: ours ${cpu.oursCores}, other work ${cpu.othersCores} cores)` : ""),
      );
      results.set(page.key, { ...probeOf(response), ...figures, cpu });
    }
  } finally {
    await server.stop();
  }
  return results;
}

const percentOf = (x: number, ceiling: number) => (ceiling > 0 ? `${((100 * x) / ceiling).toFixed(1)}%` : "-");

function printPage(page: PageType, variants: Variant[], results: Record<VariantKey, Map<string, Measured>>, prerendered: boolean) {
  const ceiling = results.c.get(page.key)!.requestsPerSecond;
  const rows = variants.map((v) => {
    const m = results[v.key].get(page.key)!;
    const label = v.key === "b" ? `${v.label} [${prerendered ? "prerendered" : "rendered per request"}]` : v.label;
    return [
      label,
      m.requestsPerSecond.toFixed(0),
      `${m.p50Ms} ms`,
      `${m.p99Ms} ms`,
      String(m.errors),
      String(m.non2xx),
      kb(m.bodyBytes),
      v.key === "c" ? "100%" : percentOf(m.requestsPerSecond, ceiling),
      m.cpu ? m.cpu.othersCores.toFixed(2) : "?",
    ];
  });
  const a = results.a.get(page.key)!;
  printTable(
    `${page.label}  ${page.path}`,
    ["variant", "req/s", "p50", "p99", "errors", "non-2xx", "body", "req/s vs c)", "other CPU"],
    rows,
    [`target for a): p99 <= ${TARGET_P99_MS} ms at ${CONNECTIONS} connections: ${a.p99Ms <= TARGET_P99_MS ? "ok" : "over"} (${a.p99Ms} ms)`],
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ["--duration", "--no-build"]);
  const durationS = args.number("--duration", 10);
  const warmupS = Math.min(2, durationS);
  installExitCleanup();

  // All builds first, while nothing is being measured: a build takes both cores.
  if (args.has("--no-build")) {
    if (!hasBuild(REPO_DIR, SITE_DIST_DIR)) throw new Error(`--no-build, but there is no build in ${SITE_DIST_DIR}: run without --no-build once`);
    console.log(`using the existing build in ${SITE_DIST_DIR}`);
  } else {
    await buildNext({ name: "site", projectDir: REPO_DIR, distDir: SITE_DIST_DIR, logFile: logFile("build-site") });
  }
  let copy: TempProject | undefined;
  try {
    copy = makeStaticCopy(REPO_DIR);
    const staticDir = copy.dir;
    const buildOutput = await buildNext({ name: "static copy", projectDir: staticDir, distDir: STATIC_DIST_DIR, logFile: logFile("build-static-copy") });
    const staticRoutes = prerenderedRoutes(staticDir, STATIC_DIST_DIR);

    const snapshot = new Map<string, RawResponse>();
    const variants: Variant[] = [
      { key: "a", label: "a) dynamic, per-request nonce (as shipped)", start: () => startNext({ name: "site", projectDir: REPO_DIR, distDir: SITE_DIST_DIR, logFile: logFile("serve-site-http") }) },
      { key: "b", label: "b) static copy", start: () => startNext({ name: "static copy", projectDir: staticDir, distDir: STATIC_DIST_DIR, logFile: logFile("serve-static-copy") }) },
      { key: "c", label: "c) bytes from memory (ceiling)", start: () => startBytesServer(snapshot, logFile("serve-bytes")) },
    ];
    console.log(`\n${CONNECTIONS} connections, ${warmupS} s warm-up + ${durationS} s per page and variant; ${describeMachine()}`);
    const results = {} as Record<VariantKey, Map<string, Measured>>;
    const machineBefore = machineNote();
    for (const v of variants) results[v.key] = await measureVariant(v, durationS, warmupS, v.key === "a" ? snapshot : undefined);
    const busy = busyWarning(Object.values(results).flatMap((m) => [...m.values()].map((x) => x.cpu?.othersCores)));

    // What Next actually prerendered in b): its manifest, and how it served each page.
    const prerendered = (page: PageType) => staticRoutes.includes(page.path.split("?")[0]);
    console.log(`\n"other CPU": cores used by other work on this machine during the measured run (ours excluded).`);
    console.log(`\nb) static copy: Next prerendered ${staticRoutes.length} routes at build. Its route table:\n${routeTable(buildOutput)}`);
    for (const page of PAGE_TYPES) printPage(page, variants, results, prerendered(page));

    const within = PAGE_TYPES.filter((p) => results.a.get(p.key)!.p99Ms <= TARGET_P99_MS).length;
    console.log(`\ntarget (a) p99 <= ${TARGET_P99_MS} ms at ${CONNECTIONS} connections): ${within} of ${PAGE_TYPES.length} page types within`);
    if (busy) console.log(busy);

    const file = writeResults("http.json", {
      measuredAt: new Date().toISOString(),
      settings: { connections: CONNECTIONS, durationS, warmupS, compression: "none (no Accept-Encoding sent)", target: { variant: "a", p99Ms: TARGET_P99_MS } },
      machine: { before: machineBefore, after: machineNote(), warning: busy ?? null },
      versions: { next: versionOf("next"), autocannon: versionOf("autocannon") },
      variants: Object.fromEntries(variants.map((v) => [v.key, v.label])),
      staticCopy: { prerenderedRoutes: staticRoutes, routeTable: routeTable(buildOutput) },
      pages: PAGE_TYPES.map((page) => {
        const c = results.c.get(page.key)!.requestsPerSecond;
        const byVariant = Object.fromEntries(variants.map((v) => [v.key, results[v.key].get(page.key)!]));
        return {
          ...page,
          staticCopyPrerendered: prerendered(page),
          variants: byVariant,
          requestsPerSecondVsCeiling: { a: results.a.get(page.key)!.requestsPerSecond / c, b: results.b.get(page.key)!.requestsPerSecond / c },
          targetMet: results.a.get(page.key)!.p99Ms <= TARGET_P99_MS,
        };
      }),
    });
    console.log(`\nwritten to ${file}`);
  } finally {
    await stopAll();
    copy?.remove();
  }
}

main()
  .catch((e) => {
    console.error(`\nbench:http failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
