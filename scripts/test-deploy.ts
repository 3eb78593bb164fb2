// `npm run test:deploy`: runs the site as it runs for real, from the files in deploy/, and
// proves what issue 18 asks. Three standalone instances (node server.js, the files the
// image holds), nginx in front as the load balancer, Varnish in front of that as the
// strictest common CDN, nginx again as the static host of the mirror. Loopback only,
// ports 4000-4199. Reuses the build in NEXT_DIST_DIR (default .next) when it has its
// standalone folder and CSP manifest, else builds. Prints one line per proof and a
// closing "deploy: N passed, M failed"; exits non-zero on any failure.
//   --no-bench           skip the autocannon figures (100 connections, 20 s each: a page and search, through the stack, then one `next start`)
//   --bench-seconds S    seconds per autocannon run (default 20)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "./lib/cli-args";
import { loadTest, type LoadFigures } from "./lib/load-test";
import { exportMirror } from "./lib/mirror";
import { buildNext } from "./lib/next-app";
import { installExitCleanup, runScript, stopAll } from "./lib/processes";
import { REPO_DIR } from "./lib/results-file";
import { startServer, type RunningServer } from "./lib/server";
import { prepareStandalone, type Standalone } from "./lib/standalone";
import { must, proof, results, seen, setCdnOrigin } from "./deploy/http";
import { liveCsps, liveProofs } from "./deploy/live-proofs";
import { gracefulShutdown, loadWhile, signalAndWait } from "./deploy/load";
import { outageProofs, recoveryProof } from "./deploy/outage-proofs";
import { freePort, render, startInstance, startNginx, startVarnish } from "./deploy/stack";

const INSTANCES = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const figures = (f: LoadFigures) => `${f.requestsPerSecond.toFixed(0)} req/s, p99 ${f.p99Ms} ms, ${f.errors} errors, ${f.non2xx} non-2xx`;

async function standaloneBuild(distDir: string, runDir: string): Promise<Standalone> {
  const build = path.join(REPO_DIR, distDir);
  if (!fs.existsSync(path.join(build, "standalone", "server.js")) || !fs.existsSync(path.join(build, "csp-manifest.json"))) {
    await buildNext({ name: "site", projectDir: REPO_DIR, distDir, logFile: path.join(runDir, "build.log") });
  } else console.log(`reusing the build in ${distDir}`);
  return prepareStandalone(REPO_DIR, distDir);
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ["--no-bench", "--bench-seconds"]);
  const benchSeconds = args.number("--bench-seconds", 20);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const started = Date.now();
  installExitCleanup();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "deploy-test-"));
  // nginx's workers and varnishd run unprivileged: they must read the configs and the mirror.
  fs.chmodSync(runDir, 0o755);
  console.log(`test:deploy: configs, logs and the mirror in ${runDir}`);

  let standalone: Standalone | undefined;
  await proof("the standalone folder holds the CSP manifest, content/, every prerendered page and data file, and the static files", async () => {
    standalone = await standaloneBuild(distDir, runDir);
    return standalone.summary;
  });
  if (!standalone) return;
  const s = standalone;
  const mirror = exportMirror(s.distPath, path.join(runDir, "mirror"));
  execFileSync("chmod", ["-R", "a+rX", runDir]);
  const deploymentId = JSON.parse(fs.readFileSync(path.join(s.distPath, "required-server-files.json"), "utf8")).config.deploymentId;

  const ports = { instances: await Promise.all(Array.from({ length: INSTANCES }, () => freePort())), lb: await freePort(), mirror: await freePort(), cdn: await freePort() };
  const instances: (RunningServer | undefined)[] = await Promise.all(ports.instances.map((p) => startInstance(s, distDir, p, runDir)));
  const restart = async (i: number) => (instances[i] = await startInstance(s, distDir, ports.instances[i], runDir));
  const stopInstance = async (i: number, signal: NodeJS.Signals) => {
    const ms = await signalAndWait(instances[i]!.pid, signal);
    instances[i] = undefined;
    return ms;
  };
  const vars = { RUN_DIR: runDir, INSTANCE_1: `127.0.0.1:${ports.instances[0]}`, INSTANCE_2: `127.0.0.1:${ports.instances[1]}`, INSTANCE_3: `127.0.0.1:${ports.instances[2]}` };
  await startNginx("load-balancer", render("nginx/load-balancer.conf", { ...vars, LISTEN: `127.0.0.1:${ports.lb}` }, path.join(runDir, "load-balancer.conf")), ports.lb, runDir);
  await startNginx("mirror", render("nginx/mirror.conf", { RUN_DIR: runDir, LISTEN: `127.0.0.1:${ports.mirror}`, MIRROR_DIR: mirror.dir }, path.join(runDir, "mirror.conf")), ports.mirror, runDir);
  const vcl = render("varnish/site.vcl", { LB_HOST: "127.0.0.1", LB_PORT: ports.lb, MIRROR_HOST: "127.0.0.1", MIRROR_PORT: ports.mirror }, path.join(runDir, "site.vcl"));
  fs.chmodSync(vcl, 0o644);
  await startVarnish(vcl, ports.cdn, runDir);
  const cdn = `http://localhost:${ports.cdn}`;
  setCdnOrigin(cdn);
  console.log(`stack up in ${((Date.now() - started) / 1000).toFixed(1)} s: instances ${ports.instances.join(", ")} → nginx ${ports.lb} → Varnish ${ports.cdn}; mirror on ${ports.mirror}`);

  const live = () => instances.filter((i): i is RunningServer => !!i).map((i) => i.origin);
  await liveProofs({ cdn, instances: live, mirror, deploymentId });
  const csps = await liveCsps(live()[0], mirror);

  await proof("SIGTERM: an instance finishes the requests in flight, then exits", async () => {
    const detail = await gracefulShutdown(instances[2]!.origin, instances[2]!.pid);
    instances[2] = undefined;
    await restart(2);
    return detail;
  });

  // Stopped (SIGTERM: a rolling deploy, a scale-down): nothing may fail.
  await proof("load through the stack while one instance is stopped (SIGTERM) and restarted: 0 failed requests", async () => {
    let events = "";
    const count = await loadWhile(cdn, 8, (async () => {
      await sleep(1500);
      events = `SIGTERM: exited in ${await stopInstance(0, "SIGTERM")} ms`;
      await restart(0);
      await sleep(1500);
    })());
    must(count.failures.length === 0, `${count.failures.length} of ${count.requests} failed: ${count.failures.slice(0, 5).map((f) => f.what).join("; ")} (${events})`);
    return `${count.requests} requests, 0 failed (${events}, restarted)`;
  });

  // Crashed (SIGKILL): an answer the instance was in the middle of sending is lost with it
  // (the load balancer has already passed its first bytes on); every request sent after
  // the crash must be answered.
  await proof("load through the stack while one instance crashes (SIGKILL) and is restarted: 0 failed requests sent after the crash", async () => {
    let killedAt = 0;
    let events = "";
    const count = await loadWhile(cdn, 8, (async () => {
      await sleep(1500);
      killedAt = Date.now();
      events = `SIGKILL: gone in ${await stopInstance(1, "SIGKILL")} ms`;
      await restart(1);
      await sleep(1500);
    })());
    const after = count.failures.filter((f) => f.sentAt >= killedAt);
    must(after.length === 0, `${after.length} of the requests sent after the crash failed: ${after.slice(0, 5).map((f) => f.what).join("; ")} (${events})`);
    return `${count.requests} requests, ${count.failures.length} cut by the crash while in flight, 0 failed after it (${events}, restarted)`;
  });

  if (!args.has("--no-bench")) await bench(cdn, benchSeconds, distDir, runDir);

  for (let i = 0; i < INSTANCES; i++) await stopInstance(i, "SIGTERM");
  await outageProofs(cdn, mirror, csps);
  await restart(0);
  await recoveryProof(cdn);

  await proof("no cookie is set anywhere in the stack", async () => {
    const cookies = seen.filter((a) => a.headers["set-cookie"]);
    must(cookies.length === 0, `Set-Cookie on ${cookies.length} answers, e.g. ${cookies[0]?.url}`);
    return `${seen.length} answers from the instances, the load balancer, the CDN and the mirror`;
  });
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  // Logs and configs stay for a failed run to be read; a run that passed leaves nothing.
  if (results.every((r) => r.ok)) {
    await stopAll();
    fs.rmSync(runDir, { recursive: true, force: true });
  } else console.log(`logs, configs and the mirror kept in ${runDir}`);
}

/**
 * autocannon, 100 connections: through the stack, then one `next start` (npm start) without
 * it, in the same run. A prerendered page comes from the CDN's cache; search reaches the
 * instances (all three on this machine's cores, so it shows the stack's cost, not scaling).
 */
async function bench(cdn: string, seconds: number, distDir: string, runDir: string) {
  const addresses = ["/hotlines", "/search?q=housing"];
  const through: LoadFigures[] = [];
  for (const address of addresses) through.push(await loadTest(cdn + address, 100, seconds));
  const port = await freePort();
  const single = await startServer({
    name: "npm start",
    command: process.execPath,
    args: [require.resolve("next/dist/bin/next", { paths: [REPO_DIR] }), "start", "-H", "localhost", "-p", String(port)],
    cwd: REPO_DIR,
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    port,
    logFile: path.join(runDir, "npm-start.log"),
  });
  const alone: LoadFigures[] = [];
  for (const address of addresses) alone.push(await loadTest(single.origin + address, 100, seconds));
  await single.stop();
  addresses.forEach((address, i) => console.log(`  bench  ${address}, 100 connections, ${seconds} s: through the stack ${figures(through[i])}; one npm start ${figures(alone[i])}`));
  await proof("100 connections through the stack: 0 errors", async () => {
    const bad = through.filter((f) => f.errors || f.non2xx);
    must(bad.length === 0, bad.map(figures).join("; "));
  });
}

runScript("test:deploy", async () => {
  try {
    await main();
  } finally {
    await stopAll();
    const failed = results.filter((r) => !r.ok).length;
    // For the closing line .ci/run prints (scripts/test-summary.mjs).
    fs.mkdirSync(path.join(REPO_DIR, "reports"), { recursive: true });
    fs.writeFileSync(path.join(REPO_DIR, "reports", "deploy.json"), `${JSON.stringify({ passed: results.length - failed, failed, results }, null, 1)}\n`);
    console.log(`deploy: ${results.length - failed} passed, ${failed} failed`);
    if (failed || !results.length) process.exitCode = 1;
  }
});
