// The tables bench:http prints: 10 connections across variants (with the in-memory
// ceiling of the same run), then 100 connections over three rounds, with memory.
import type { LoadFigures } from "./load-test";
import { mb } from "./memory";
import type { PageType } from "./pages";
import { kb } from "./stats";
import { printTable } from "./table";

export type Served = "prerendered" | "per request";
export type PageResult = { served: Served; bodyBytes: number; status: number; light: Record<string, LoadFigures>; cpuMsPerRequest: Record<string, number>; heavy: LoadFigures[] };
export type Targets = { p99Ms: number; heavyP99Ms: number; connections: number; heavyConnections: number; memoryGrowth: number };

const pct = (x: number, of: number) => (of > 0 ? `${((100 * x) / of).toFixed(1)}%` : "-");

export function lightTargetMet(r: PageResult, t: Targets): boolean {
  return r.light.a.p99Ms <= t.p99Ms;
}

// A round in which nothing came back (a stalled server: autocannon's 10 s timeout is longer
// than the round) has a p99 of 0 and no errors; it fails rather than passes.
export function heavyTargetMet(r: PageResult, t: Targets): boolean {
  return r.heavy.every((h) => h.requests > 0 && h.errors === 0 && h.non2xx === 0 && h.p99Ms <= t.heavyP99Ms);
}

/**
 * Flat: the last round ends no higher than the highest before it, give or take
 * `memoryGrowth`. A leak grows round after round; V8's heap settling after the first
 * round of load does not.
 */
export function memoryFlat(rss: (number | null)[], t: Targets): boolean | null {
  if (rss.length < 2 || rss.some((r) => r === null)) return null;
  const last = rss[rss.length - 1]!;
  return last <= Math.max(...(rss.slice(0, -1) as number[])) * (1 + t.memoryGrowth);
}

export function printLight(pages: PageType[], results: Map<string, PageResult>, t: Targets) {
  const rows = pages.map((p) => {
    const r = results.get(p.key)!;
    const { a, b, c } = r.light;
    const target = r.served === "prerendered" ? (lightTargetMet(r, t) ? "ok" : "over") : "-";
    const cpu = (v: string) => `${r.cpuMsPerRequest[v].toFixed(1)} ms`;
    return [p.label, r.served, kb(r.bodyBytes), a.requestsPerSecond.toFixed(0), `${a.p99Ms} ms`, cpu("a"), b.requestsPerSecond.toFixed(0), `${b.p99Ms} ms`, cpu("b"), c.requestsPerSecond.toFixed(0), `${c.p99Ms} ms`, cpu("c"), pct(a.requestsPerSecond, c.requestsPerSecond), target];
  });
  printTable(
    `${t.connections} connections: a) as shipped, b) every page per request (before), c) a)'s bytes from memory (ceiling)`,
    ["page", "a) served", "body", "a) req/s", "a) p99", "a) CPU/req", "b) req/s", "b) p99", "b) CPU/req", "c) req/s", "c) p99", "c) CPU/req", "a) vs c)", `p99 <= ${t.p99Ms} ms`],
    rows,
    [
      `CPU/req: the server process's own CPU time per answer, which other work on the machine changes least.`,
      `errors at ${t.connections} connections (a/b/c): ${pages.map((p) => ["a", "b", "c"].map((v) => results.get(p.key)!.light[v].errors).join("/")).join(", ")}`,
    ],
  );
}

export function printHeavy(pages: PageType[], results: Map<string, PageResult>, rss: (number | null)[], t: Targets) {
  const rows = pages.map((p) => {
    const r = results.get(p.key)!;
    const errors = r.heavy.reduce((n, h) => n + h.errors, 0);
    const non2xx = r.heavy.reduce((n, h) => n + h.non2xx, 0);
    const target = r.served === "prerendered" ? (heavyTargetMet(r, t) ? "ok" : "over") : "-";
    return [p.label, r.served, ...r.heavy.map((h) => h.requestsPerSecond.toFixed(0)), ...r.heavy.map((h) => (h.requests ? `${h.p99Ms} ms` : "no answer")), String(errors), String(non2xx), target];
  });
  const rounds = rss.map((_, i) => `r${i + 1}`);
  const flat = memoryFlat(rss, t);
  printTable(
    `${t.heavyConnections} connections on a), ${rss.length} rounds of every page`,
    ["page", "served", ...rounds.map((r) => `${r} req/s`), ...rounds.map((r) => `${r} p99`), "errors", "non-2xx", `0 errors, p99 <= ${t.heavyP99Ms} ms`],
    rows,
    [`server memory (RSS) after each round: ${rss.map(mb).join(", ")}: ${flat === null ? "not measured" : flat ? "flat" : "growing"} (flat: the last round no more than ${t.memoryGrowth * 100}% over the highest before it)`],
  );
}
