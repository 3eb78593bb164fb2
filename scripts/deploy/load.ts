// Load through the stack while instances go away: a bounded loop of keep-alive GETs to
// the CDN (pages it passes to the instances), and the measured shutdown of one instance.
import http from "node:http";
import { get, must } from "./http";

const PASSED_THROUGH = ["/search?q=housing", "/fr/search?q=logement", "/hotlines?region=toronto", "/sheet?e=hotlines/femaide", "/services?audience=survivors"];

/** A failed request: what, and when it was sent (ms since the epoch), to tell those a crash cut from those sent after it. */
export type Failure = { what: string; sentAt: number };
export type LoadCount = { requests: number; failures: Failure[] };

/** `workers` loops of GETs through `origin` until `during` resolves; every answer must be a 200. */
export async function loadWhile(origin: string, workers: number, during: Promise<unknown>): Promise<LoadCount> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: workers });
  const count: LoadCount = { requests: 0, failures: [] };
  let done = false;
  const t0 = Date.now();
  const at = () => `at ${((Date.now() - t0) / 1000).toFixed(1)} s`;
  const finished = during.finally(() => (done = true));
  const loop = async (w: number) => {
    for (let i = w; !done; i++) {
      const address = PASSED_THROUGH[i % PASSED_THROUGH.length];
      count.requests++;
      const sentAt = Date.now();
      try {
        const a = await get(origin + address, {}, agent);
        if (a.status !== 200) count.failures.push({ what: `${address}: ${a.status} ${at()}`, sentAt });
      } catch (e) {
        count.failures.push({ what: `${address}: ${(e as Error).message} ${at()}`, sentAt });
      }
    }
  };
  await Promise.all([finished, ...Array.from({ length: workers }, (_, w) => loop(w))]);
  agent.destroy();
  return count;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Signals `pid` and resolves with how long it took to exit (throws past `limitMs`). */
export async function signalAndWait(pid: number, signal: NodeJS.Signals, limitMs = 15_000): Promise<number> {
  const t0 = Date.now();
  process.kill(pid, signal);
  while (alive(pid)) {
    if (Date.now() - t0 > limitMs) throw new Error(`pid ${pid} still running ${limitMs / 1000} s after ${signal}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - t0;
}

/**
 * What Next's server does on SIGTERM, measured: requests it has accepted on open
 * connections finish with a 200, then it exits (after idle keep-alive sockets time out).
 */
export async function gracefulShutdown(origin: string, pid: number): Promise<string> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  await Promise.all(Array.from({ length: 8 }, (_, i) => get(`${origin}/search?q=warm${i}`, {}, agent)));
  const inFlight = Array.from({ length: 8 }, (_, i) => get(`${origin}/search?q=housing+${i}`, {}, agent).then((a) => a.status, (e: Error) => e.message));
  await new Promise((r) => setTimeout(r, 10));
  const exit = signalAndWait(pid, "SIGTERM");
  const statuses = await Promise.all(inFlight);
  agent.destroy();
  const exitMs = await exit;
  must(statuses.every((s) => s === 200), `in-flight requests after SIGTERM: ${statuses.join(", ")}`);
  return `8 requests in flight at SIGTERM all answered 200; exited ${exitMs} ms after the signal`;
}
