// HTTP throughput and latency of each page type, on loopback, with autocannon.
// Run: npm run bench:http -- [--duration S] [--no-build]
//   --duration S   seconds of load per page, variant and round (default 10), after a short warm-up
//   --no-build     serve the existing builds (.next-bench, .next-per-request) instead of rebuilding
// Three variants, measured one after another (never two servers at once):
//   a) the site as shipped: prerendered pages under a hash-based CSP, search and filtered
//      listings rendered per request with a nonce (.next-bench);
//   b) the site as it was before: every page rendered per request for its nonce (a copy in
//      os.tmpdir() with `dynamic = "force-dynamic"` in the root layout, .next-per-request);
//   c) a bare node:http server replaying, from memory, the bytes a) sent: this machine's
//      ceiling (autocannon's own core is part of what limits it at thousands of req/s).
// Then a) alone at 100 connections, three rounds of every page, with the server's memory
// after each. All answer uncompressed (no Accept-Encoding is sent). Targets for a)'s
// prerendered pages: p99 <= 50 ms at 10 connections; at 100, no errors and p99 <= 1 s;
// memory flat across the rounds. After every run the server is left to work off its
// backlog before the next starts (waitForIdle). Results also go to bench-results/http.json.
// Exit 0 whatever the figures; non-zero only when something broke.
import { parseArgs } from "./lib/cli-args";
import { startBytesServer } from "./lib/bytes-server";
import { groupSeconds, startCpuMeter, waitForIdle } from "./lib/cpu-meter";
import { fetchRaw, type RawResponse } from "./lib/fetch-raw";
import { heavyTargetMet, lightTargetMet, memoryFlat, printHeavy, printLight, type PageResult, type Targets } from "./lib/http-report";
import { loadTest, type LoadFigures } from "./lib/load-test";
import { groupRssBytes } from "./lib/memory";
import { buildNext, hasBuild, startNext } from "./lib/next-app";
import { PAGE_TYPES } from "./lib/pages";
import { installExitCleanup, runScript, stopAll } from "./lib/processes";
import { REPO_DIR, writeResults } from "./lib/results-file";
import { busyWarning, describeMachine, logFile, machineNote, versionOf } from "./lib/run-context";
import type { RunningServer } from "./lib/server";
import { makePerRequestCopy, type TempProject } from "./lib/temp-projects";

const TARGETS: Targets = { connections: 10, p99Ms: 50, heavyConnections: 100, heavyP99Ms: 1000, memoryGrowth: 0.1 };
const ROUNDS = 3;
const SITE_DIST_DIR = ".next-bench";
const BEFORE_DIST_DIR = ".next-per-request";

type Run = { cpuMsPerRequest: Map<string, number>; figures: Map<string, LoadFigures>; probes: Map<string, RawResponse>; heavy: Map<string, LoadFigures[]>; rss: (number | null)[]; others: (number | undefined)[] };

/**
 * Waits for the backlog an ended run left: one more request to the same page (queued
 * behind it), then until the server is idle. Idleness alone misleads on a busy machine,
 * where a server starved of CPU looks idle while its queue is still full.
 */
async function drain(server: RunningServer, url: string): Promise<number> {
  const t0 = performance.now();
  await fetchRaw(url, 180_000);
  await waitForIdle(server.pid);
  return performance.now() - t0;
}

/** One variant: per page a plain GET, a warm-up and the measured run; then, if asked, the rounds at 100. */
async function measure(label: string, start: () => Promise<RunningServer>, durationS: number, warmupS: number, rounds: number): Promise<Run> {
  console.log(`\n${label}: starting the server ...`);
  const server = await start();
  const run: Run = { cpuMsPerRequest: new Map(), figures: new Map(), probes: new Map(), heavy: new Map(), rss: [], others: [] };
  try {
    for (const page of PAGE_TYPES) {
      const url = server.origin + page.path;
      run.probes.set(page.path, await fetchRaw(url));
      await loadTest(url, TARGETS.connections, warmupS);
      const meter = startCpuMeter([server.pid]);
      const cpu0 = groupSeconds([server.pid]);
      const f = await loadTest(url, TARGETS.connections, durationS);
      run.others.push(meter.stop()?.othersCores);
      // The server's own CPU per answer: what a busy machine changes least.
      run.cpuMsPerRequest.set(page.key, f.requests ? ((groupSeconds([server.pid]) - cpu0) * 1000) / f.requests : NaN);
      await drain(server, url);
      console.log(`  ${page.label.padEnd(18)} ${f.requestsPerSecond.toFixed(0).padStart(6)} req/s  p99 ${String(f.p99Ms).padStart(4)} ms`);
      run.figures.set(page.key, f);
    }
    for (let round = 1; round <= rounds; round++) {
      for (const page of PAGE_TYPES) {
        const f = await loadTest(server.origin + page.path, TARGETS.heavyConnections, durationS);
        run.heavy.set(page.key, [...(run.heavy.get(page.key) ?? []), f]);
        const backlogMs = await drain(server, server.origin + page.path);
        console.log(`  ${TARGETS.heavyConnections} conn, round ${round}: ${page.label.padEnd(18)} ${f.requestsPerSecond.toFixed(0).padStart(6)} req/s  p99 ${String(f.p99Ms).padStart(5)} ms  errors ${f.errors}  (backlog worked off in ${(backlogMs / 1000).toFixed(1)} s)`);
      }
      run.rss.push(groupRssBytes(server.pid));
    }
  } finally {
    await server.stop();
  }
  return run;
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ["--duration", "--no-build"]);
  const durationS = args.number("--duration", 10);
  const warmupS = Math.min(2, durationS);
  installExitCleanup();

  let copy: TempProject | undefined;
  try {
    // All builds first, while nothing is being measured: a build takes both cores.
    copy = makePerRequestCopy(REPO_DIR);
    const before = copy.dir;
    if (args.has("--no-build")) {
      if (!hasBuild(REPO_DIR, SITE_DIST_DIR)) throw new Error(`--no-build, but there is no build in ${SITE_DIST_DIR}: run without --no-build once`);
      console.log(`using the existing build in ${SITE_DIST_DIR}`);
    } else {
      await buildNext({ name: "site", projectDir: REPO_DIR, distDir: SITE_DIST_DIR, logFile: logFile("build-site") });
    }
    await buildNext({ name: "per-request copy", projectDir: before, distDir: BEFORE_DIST_DIR, logFile: logFile("build-per-request-copy") });

    console.log(`\n${warmupS} s warm-up + ${durationS} s per page, variant and round; ${describeMachine()}`);
    const machineBefore = machineNote();
    const a = await measure("a) as shipped", () => startNext({ name: "site", projectDir: REPO_DIR, distDir: SITE_DIST_DIR, logFile: logFile("serve-site-http") }), durationS, warmupS, ROUNDS);
    const b = await measure("b) every page per request (before)", () => startNext({ name: "per-request copy", projectDir: before, distDir: BEFORE_DIST_DIR, logFile: logFile("serve-per-request-copy") }), durationS, warmupS, 0);
    const c = await measure("c) bytes from memory (ceiling)", () => startBytesServer(a.probes, logFile("serve-bytes")), durationS, warmupS, 0);
    const busy = busyWarning([...a.others, ...b.others, ...c.others]);

    const results = new Map<string, PageResult>();
    for (const page of PAGE_TYPES) {
      const probe = a.probes.get(page.path)!;
      // A prerendered page comes under a hash-based CSP (the proxy sends it from memory, with
      // no x-nextjs-* marks); a page rendered per request carries a nonce. The targets are
      // for the prerendered ones.
      const csp = String(probe.headers["content-security-policy"] ?? "");
      const served = csp && !csp.includes("'nonce-") ? "prerendered" : "per request";
      results.set(page.key, { served, status: probe.status, bodyBytes: probe.body.length, light: { a: a.figures.get(page.key)!, b: b.figures.get(page.key)!, c: c.figures.get(page.key)! }, cpuMsPerRequest: { a: a.cpuMsPerRequest.get(page.key)!, b: b.cpuMsPerRequest.get(page.key)!, c: c.cpuMsPerRequest.get(page.key)! }, heavy: a.heavy.get(page.key)! });
    }
    printLight(PAGE_TYPES, results, TARGETS);
    printHeavy(PAGE_TYPES, results, a.rss, TARGETS);
    const prerendered = PAGE_TYPES.filter((p) => results.get(p.key)!.served === "prerendered");
    console.log(`\nprerendered pages within p99 <= ${TARGETS.p99Ms} ms at ${TARGETS.connections}: ${prerendered.filter((p) => lightTargetMet(results.get(p.key)!, TARGETS)).length} of ${prerendered.length}`);
    console.log(`prerendered pages with 0 errors and p99 <= ${TARGETS.heavyP99Ms} ms at ${TARGETS.heavyConnections}: ${prerendered.filter((p) => heavyTargetMet(results.get(p.key)!, TARGETS)).length} of ${prerendered.length}`);
    if (busy) console.log(busy);

    const file = writeResults("http.json", {
      measuredAt: new Date().toISOString(),
      settings: { durationS, warmupS, rounds: ROUNDS, compression: "none (no Accept-Encoding sent)", targets: TARGETS },
      machine: { before: machineBefore, after: machineNote(), warning: busy ?? null },
      versions: { next: versionOf("next"), autocannon: versionOf("autocannon") },
      memory: { rssAfterEachRound: a.rss, flat: memoryFlat(a.rss, TARGETS) },
      pages: PAGE_TYPES.map((page) => ({ ...page, ...results.get(page.key)! })),
    });
    console.log(`\nwritten to ${file}`);
  } finally {
    await stopAll();
    copy?.remove();
  }
}

runScript("bench:http", main);
