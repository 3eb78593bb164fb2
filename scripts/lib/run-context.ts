// Facts printed with every result: the figures only mean something next to the
// machine they came from (2 shared cores here, where other builds may be running).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_DIR, resultsPath } from "./results-file";

export function versionOf(pkg: string): string {
  return JSON.parse(fs.readFileSync(path.join(REPO_DIR, "node_modules", pkg, "package.json"), "utf8")).version;
}

export function machineNote(): { cpus: number; loadAverage1m: number; node: string } {
  return { cpus: os.cpus().length, loadAverage1m: Number(os.loadavg()[0].toFixed(2)), node: process.version };
}

/** For a table's title. How busy the machine was is measured separately (cpu-meter.ts). */
export function describeMachine(): string {
  const m = machineNote();
  return `${m.cpus} cores, node ${m.node}`;
}

/** Where a server's or a build's output goes: bench-results/logs/<name>.log (gitignored). */
export function logFile(name: string): string {
  return resultsPath(path.join("logs", `${name}.log`));
}

/** Said beside the figures when other work used a real share of the cores while they were taken (see cpu-meter.ts). */
export function busyWarning(othersCores: (number | null | undefined)[]): string | undefined {
  const worst = Math.max(0, ...othersCores.filter((n): n is number => typeof n === "number"));
  if (worst < 0.25) return undefined;
  return `warning: other work on this machine used up to ${worst.toFixed(2)} of its ${os.cpus().length} cores while these were measured: figures are lower and noisier than on a quiet machine`;
}
