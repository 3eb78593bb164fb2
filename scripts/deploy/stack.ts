// The stack npm run test:deploy runs, from the files in deploy/: standalone instances
// (node server.js, as in the image), nginx as the load balancer, Varnish as the CDN, and
// nginx again as the mirror's static host. Loopback only, ports 4000-4199, everything
// under one temporary folder; every process is tracked and stopped on the way out.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawnTracked } from "../lib/processes";
import { REPO_DIR } from "../lib/results-file";
import { startServer, waitUntilAnswers, type RunningServer } from "../lib/server";
import { DRAIN_FILE, type Standalone } from "../lib/standalone";

export const DEPLOY_DIR = path.join(REPO_DIR, "deploy");
const PORTS = { first: 4000, last: 4199 };
const handedOut = new Set<number>();

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let port = PORTS.first; port <= PORTS.last; port++) {
    if (!handedOut.has(port) && (await isFree(port))) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORTS.first}-${PORTS.last}`);
}

/** Fills a deploy/ template's ${NAME} placeholders; any left unfilled is an error, not a broken config. */
export function render(template: string, vars: Record<string, string | number>, out: string): string {
  const text = fs.readFileSync(path.join(DEPLOY_DIR, template), "utf8").replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => {
    if (!(name in vars)) throw new Error(`${template}: no value for ${whole}`);
    return String(vars[name]);
  });
  fs.writeFileSync(out, text);
  return out;
}

/** One instance: the standalone server.js on a port, as the image runs it (HOSTNAME=localhost, see README; the drain preload). */
export function startInstance(s: Standalone, distDir: string, port: number, runDir: string): Promise<RunningServer> {
  return startServer({
    name: `instance :${port}`,
    command: process.execPath,
    args: ["--require", `./${DRAIN_FILE}`, s.server],
    cwd: s.dir,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "localhost", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    port,
    logFile: path.join(runDir, `instance-${port}.log`),
  });
}

async function waitForPort(port: number, name: string, log: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`${name} exited:\n${fs.existsSync(log) ? fs.readFileSync(log, "utf8").slice(-2000) : ""}`);
    if (!(await isFree(port))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} is not listening on ${port} after 20 s`);
}

/** A daemon in the foreground (nginx, varnishd), tracked like the servers, resolved once it listens. */
export async function startDaemon(name: string, command: string, args: string[], port: number, runDir: string): Promise<{ stop: () => Promise<void> }> {
  const log = path.join(runDir, `${name}.log`);
  const fd = fs.openSync(log, "w");
  const { child, stop } = spawnTracked(name, command, args, { cwd: runDir, stdio: ["ignore", fd, fd] });
  fs.closeSync(fd);
  await waitForPort(port, name, log, () => child.exitCode !== null || child.signalCode !== null);
  return { stop };
}

export function startNginx(name: string, conf: string, port: number, runDir: string) {
  return startDaemon(name, "nginx", ["-p", runDir, "-c", conf, "-g", "daemon off;"], port, runDir);
}

/**
 * varnishd in the foreground, with its own working folder (-n), no management port (-T
 * none: nothing listens but the CDN's own port), and, when started as root, Debian's
 * unprivileged `varnish` user for everything after start-up (-j unix).
 */
export function startVarnish(vcl: string, port: number, runDir: string) {
  const jail = process.getuid?.() === 0 ? ["-j", "unix,user=varnish"] : ["-j", "none"];
  const args = ["-F", "-n", path.join(runDir, "varnish"), "-a", `127.0.0.1:${port}`, "-f", vcl, "-s", "malloc,64m", "-T", "none", ...jail];
  return startDaemon("varnishd", "varnishd", args, port, runDir);
}

export { waitUntilAnswers };
