// How much CPU other work on this machine used while we measured. The machine has 2
// cores shared with other people's builds and browser tests; a req/s figure taken while
// they ran means little without saying so. Linux only (/proc); elsewhere it reports null.
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

/** Busy CPU time of the whole machine, in seconds (everything but idle and iowait). */
function machineBusySeconds(): number {
  const [, ...fields] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const n = fields.map(Number);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0); // user..steal
  return (total - n[3] - n[4]) / TICKS_PER_SECOND;
}

/** CPU seconds of every live process in the process groups `pgids` (servers and browsers we started, with their children). */
export function groupSeconds(pgids: number[]): number {
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name, which is in parentheses and may hold spaces.
      const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // pgrp; utime + stime, and cutime + cstime: the children it has reaped (Chrome's renderers)
      if (pgids.includes(Number(after[2]))) ticks += Number(after[11]) + Number(after[12]) + Number(after[13]) + Number(after[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

export type CpuShare = { seconds: number; machineCores: number; oursCores: number; othersCores: number };

/**
 * Starts measuring; `stop()` (called while our processes still run) says how many cores
 * were busy on average, how many of them this process and the process groups `ourPgids`
 * used, and how many other work used.
 */
export function startCpuMeter(ourPgids: number[]): { stop: () => CpuShare | null } {
  if (!fs.existsSync("/proc/stat")) return { stop: () => null };
  const t0 = performance.now();
  const machine0 = machineBusySeconds();
  const self0 = process.cpuUsage();
  const server0 = groupSeconds(ourPgids);
  return {
    stop() {
      const seconds = (performance.now() - t0) / 1000;
      const self = process.cpuUsage(self0);
      const ours = (self.user + self.system) / 1e6 + (groupSeconds(ourPgids) - server0);
      const machine = machineBusySeconds() - machine0;
      const perSecond = (x: number) => Number((x / seconds).toFixed(2));
      return { seconds, machineCores: perSecond(machine), oursCores: perSecond(ours), othersCores: perSecond(Math.max(0, machine - ours)) };
    },
  };
}

/**
 * Waits until the process group `pgid` is nearly idle (under a fifth of a core for half a
 * second), at most `maxMs`; resolves with the time waited. When autocannon ends a run, the
 * server still works off the requests already queued (Next does not drop a render whose
 * client left): without this, a slow page's backlog would be charged to the next page.
 */
export async function waitForIdle(pgid: number, maxMs = 60_000): Promise<number> {
  const t0 = performance.now();
  if (!fs.existsSync("/proc/stat")) return 0;
  while (performance.now() - t0 < maxMs) {
    const before = groupSeconds([pgid]);
    await new Promise((r) => setTimeout(r, 500));
    if ((groupSeconds([pgid]) - before) / 0.5 < 0.2) break;
  }
  return performance.now() - t0;
}
