// Resident memory of a server we started, with any children it spawned: the sum of
// VmRSS over its process group. Linux only (/proc); elsewhere null.
import fs from "node:fs";

export function groupRssBytes(pgid: number): number | null {
  if (!fs.existsSync("/proc/self/status")) return null;
  let kb = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // pgrp is the third field after the command name (which may hold spaces).
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"));
      if (rss) kb += Number(rss[1]);
    } catch {
      // the process ended meanwhile
    }
  }
  return kb * 1024;
}

export const mb = (bytes: number | null) => (bytes === null ? "?" : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
