// Every server and browser these scripts start is registered here and stopped on the
// way out: after a normal end, an error, or Ctrl-C. A server left behind would hold its
// port and a core of this 2-core machine, and skew whatever is measured next.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

type Cleanup = { name: string; stop: () => Promise<void>; kill: () => void };
const running = new Set<Cleanup>();

export function onCleanup(name: string, stop: () => Promise<void>, kill: () => void): () => void {
  const entry = { name, stop, kill };
  running.add(entry);
  return () => running.delete(entry);
}

/** Stops everything still registered, newest first. */
/** Runs a script's main(): on failure prints why and exits non-zero; either way stops what it started. */
export function runScript(name: string, main: () => Promise<void>): void {
  main()
    .catch((e) => {
      console.error(`\n${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
      process.exitCode = 1;
    })
    .finally(() => stopAll());
}

export async function stopAll(): Promise<void> {
  for (const entry of [...running].reverse()) {
    running.delete(entry);
    await entry.stop().catch((e) => console.error(`could not stop ${entry.name}: ${e}`));
  }
}

let installed = false;
/** Ctrl-C or a kill stops our servers first; a crash still SIGKILLs them synchronously on exit. */
export function installExitCleanup(): void {
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the servers this script started ...`);
      void stopAll().finally(() => process.exit(130));
    });
  }
  process.once("exit", () => {
    for (const entry of running) entry.kill();
  });
}

export type Tracked = { child: ChildProcess; stop: () => Promise<void> };

/**
 * Starts a command in its own process group (detached), so stopping it also stops
 * anything it spawned, and only what it spawned: we signal our own group by its id.
 */
export function spawnTracked(name: string, command: string, args: string[], options: SpawnOptions): Tracked {
  const child = spawn(command, args, { ...options, detached: true });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${name} (${command})`);
  child.once("error", (e) => console.error(`${name}: ${e.message}`));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  const stopGroup = async () => {
    signalGroup("SIGTERM");
    const timer = setTimeout(() => signalGroup("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
    signalGroup("SIGKILL"); // any grandchild that ignored SIGTERM
  };
  const unregister = onCleanup(name, stopGroup, () => signalGroup("SIGKILL"));
  child.once("exit", () => {
    // Whatever the leader left behind in its group (a build's workers) goes with it.
    signalGroup("SIGKILL");
    unregister();
  });
  return {
    child,
    stop: async () => {
      unregister();
      await stopGroup();
    },
  };
}
