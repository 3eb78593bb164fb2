// `next start` loads next.config.ts in the production-server phase; there it must stop
// the server when the build's CSP manifest is missing or stale, and let a good build run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let dir: string;

async function startPhase() {
  vi.resetModules();
  vi.stubEnv("NEXT_DIST_DIR", dir);
  const exit = vi.spyOn(process, "exit").mockImplementation((() => {
    throw new Error("process.exit");
  }) as never);
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  const nextConfig = (await import("../../next.config")).default;
  try {
    nextConfig(PHASE_PRODUCTION_SERVER);
    return { exited: false, message: "" };
  } catch {
    return { exited: exit.mock.calls[0]?.[0] === 1, message: String(error.mock.calls[0]?.[0] ?? "") };
  } finally {
    exit.mockRestore();
    error.mockRestore();
  }
}

describe("next start with the CSP manifest", { timeout: 30_000 }, () => {
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "next-start-guard-"));
    fs.writeFileSync(path.join(dir, "BUILD_ID"), "b1");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to serve without it", async () => {
    expect(await startPhase()).toEqual({ exited: true, message: expect.stringMatching(/Not serving: .*missing/) });
  });

  it("refuses to serve another build's", async () => {
    fs.writeFileSync(path.join(dir, "csp-manifest.json"), JSON.stringify({ buildId: "b0", pages: {}, shared: { scripts: [], styles: [] } }));
    expect(await startPhase()).toEqual({ exited: true, message: expect.stringMatching(/Not serving: .*stale/) });
  });

  it("serves with this build's", async () => {
    fs.writeFileSync(path.join(dir, "csp-manifest.json"), JSON.stringify({ buildId: "b1", pages: {}, shared: { scripts: [], styles: [] } }));
    expect(await startPhase()).toEqual({ exited: false, message: "" });
  });
});
