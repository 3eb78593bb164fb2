// Start a server process and wait until it answers HTTP: a listening socket alone is
// not enough for Next, which accepts connections before it can render.
import fs from "node:fs";
import http from "node:http";
import type { ChildProcess } from "node:child_process";
import { spawnTracked } from "./processes";

/** `pid` is also the id of the server's process group: it was started detached. */
export type RunningServer = { name: string; origin: string; port: number; pid: number; stop: () => Promise<void> };

/** Any HTTP answer (even a 404) means the server is up. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.once("timeout", () => req.destroy());
    req.once("error", () => resolve(false));
  });
}

export async function waitUntilAnswers(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited (code ${child.exitCode ?? child.signalCode}) before answering ${url}`);
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/** Spawns `command`, logs its output to `logFile`, and resolves once `origin + probePath` answers. */
export async function startServer(opts: {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  port: number;
  logFile: string;
  probePath?: string;
}): Promise<RunningServer> {
  const log = fs.openSync(opts.logFile, "w");
  const { child, stop } = spawnTracked(opts.name, opts.command, opts.args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  // `localhost`, not 127.0.0.1: the site's proxy rewrites 404s with Next's own idea of
  // the host, which is the -H localhost the server was started with.
  const origin = `http://localhost:${opts.port}`;
  try {
    await waitUntilAnswers(origin + (opts.probePath ?? "/"), child);
  } catch (e) {
    const tail = fs.readFileSync(opts.logFile, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(`${opts.name} did not start: ${(e as Error).message}\n--- last lines of ${opts.logFile} ---\n${tail}`);
  }
  return { name: opts.name, origin, port: opts.port, pid: child.pid!, stop };
}
