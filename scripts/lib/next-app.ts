// Build a Next app into a dist dir of its own and serve it, the way the site ships:
// `next build` then `next start -H localhost`. Each benchmark uses its own NEXT_DIST_DIR
// (never `.next`, which the dev server and the tests use at the same time).
import fs from "node:fs";
import path from "node:path";
import { writeCspManifest } from "../../lib/security/csp-manifest";
import { spawnTracked } from "./processes";
import { freePort } from "./ports";
import { startServer, type RunningServer } from "./server";

/** The CLI file of the Next the repo installed, run with our own node (no npx, no shell in between). */
function nextCli(projectDir: string): string {
  return require.resolve("next/dist/bin/next", { paths: [projectDir] });
}

function nextEnv(distDir: string): NodeJS.ProcessEnv {
  // production, as next build and next start set it themselves: an inherited NODE_ENV
  // (a shell's "development") would otherwise leak into the build.
  return { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
}

/**
 * `next build` adds `<distDir>/types/**` to tsconfig.json's include and points
 * next-env.d.ts at `<distDir>/types`. Those edits are only a side effect of building into
 * a bench dir, and other people are working on these files, so they are put back. Only
 * Next's own edit is undone: a tsconfig.json that differs in anything else is left alone.
 */
function keepTypeScriptFilesAsTheyWere(projectDir: string, distDir: string): () => void {
  const tsconfig = path.join(projectDir, "tsconfig.json");
  const nextEnvDts = path.join(projectDir, "next-env.d.ts");
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, "utf8") : undefined);
  const tsconfigBefore = read(tsconfig);
  const nextEnvBefore = read(nextEnvDts);
  return () => {
    const tsconfigNow = read(tsconfig);
    if (tsconfigBefore !== undefined && tsconfigNow !== undefined && tsconfigNow !== tsconfigBefore) {
      try {
        const now = JSON.parse(tsconfigNow);
        if (Array.isArray(now.include)) now.include = now.include.filter((p: string) => !p.startsWith(`${distDir}/`));
        if (JSON.stringify(now) === JSON.stringify(JSON.parse(tsconfigBefore))) fs.writeFileSync(tsconfig, tsconfigBefore);
        else console.warn(`tsconfig.json changed during the build in more than Next's include paths: left as it is`);
      } catch {
        console.warn(`tsconfig.json is not plain JSON: left as it is`);
      }
    }
    const nextEnvNow = read(nextEnvDts);
    if (nextEnvBefore !== undefined && nextEnvNow !== nextEnvBefore && nextEnvNow?.includes(`./${distDir}/`)) {
      fs.writeFileSync(nextEnvDts, nextEnvBefore);
    }
  };
}

/**
 * Runs `next build` into `distDir`, then writes its CSP manifest as `npm run build` does
 * (without it the site's proxy refuses every page); resolves with the build's output
 * (which holds the route table), throws with the log's tail on failure.
 */
export async function buildNext(opts: { name: string; projectDir: string; distDir: string; logFile: string }): Promise<string> {
  const started = Date.now();
  console.log(`building ${opts.name} into ${path.join(opts.projectDir, opts.distDir)} (log: ${opts.logFile}) ...`);
  const restore = keepTypeScriptFilesAsTheyWere(opts.projectDir, opts.distDir);
  const log = fs.openSync(opts.logFile, "w");
  try {
    const { child } = spawnTracked(`next build (${opts.name})`, process.execPath, [nextCli(opts.projectDir), "build"], {
      cwd: opts.projectDir,
      env: nextEnv(opts.distDir),
      stdio: ["ignore", log, log],
    });
    // Bounded: a build that hangs must not hold the run forever.
    const code = await new Promise<number | string>((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), 15 * 60_000);
      child.once("exit", (c, signal) => {
        clearTimeout(timer);
        resolve(c ?? signal ?? "unknown");
      });
    });
    const output = fs.readFileSync(opts.logFile, "utf8");
    if (code !== 0) {
      throw new Error(`next build (${opts.name}) failed (${code}):\n${output.split("\n").slice(-40).join("\n")}`);
    }
    writeCspManifest(path.join(opts.projectDir, opts.distDir));
    console.log(`built ${opts.name} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return output;
  } finally {
    fs.closeSync(log);
    restore();
  }
}

export function hasBuild(projectDir: string, distDir: string): boolean {
  return fs.existsSync(path.join(projectDir, distDir, "BUILD_ID"));
}

/** `next start -H localhost` on a free port of our range; resolves once it answers. */
export async function startNext(opts: { name: string; projectDir: string; distDir: string; logFile: string }): Promise<RunningServer> {
  const port = await freePort();
  return startServer({
    name: opts.name,
    command: process.execPath,
    args: [nextCli(opts.projectDir), "start", "-H", "localhost", "-p", String(port)],
    cwd: opts.projectDir,
    env: nextEnv(opts.distDir),
    port,
    logFile: opts.logFile,
  });
}
