// The W3C HTML checker (vnu) on every page reachable from the home page. Invalid HTML is
// what assistive technology and old phone browsers trip on first, and the crawl makes sure
// a new page or content file cannot slip in unchecked. The HTML is the same in both
// projects, so this runs once, in "desktop".
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { crawl } from "./support";

const VNU = path.join(process.cwd(), "node_modules/vnu-jar/build/dist/vnu.jar");

type VnuMessage = { type: string; subType?: string; url?: string; message: string; extract?: string; lastLine?: number };

test("every page reachable from home is valid HTML", async ({ request }, testInfo) => {
  test.setTimeout(300_000);

  const paths = await crawl(request, 1000);
  // Same floor as crawl.spec.ts: fewer pages means the crawl lost links, not that all is well.
  expect(paths.length).toBeGreaterThan(45);

  const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
  try {
    // One file per page; the file name maps back to the path for the failure list.
    const fileToPath = new Map<string, string>();
    for (const [i, p] of paths.entries()) {
      const response = await request.get(p);
      expect(response.status(), p).toBe(200);
      const file = path.join(dir, `page-${String(i).padStart(3, "0")}.html`);
      writeFileSync(file, await response.text());
      fileToPath.set(file, p);
    }
    // A canary with one known error: if vnu does not report it, the checker did not
    // really read the files (a missing file, for one, is skipped without a word).
    const canary = path.join(dir, "canary.html");
    writeFileSync(canary, '<!doctype html><html lang="en"><title>canary</title><a href="/"><button>x</button></a>');
    fileToPath.set(canary, "(canary)");

    // One JVM for all pages (starting Java per page would take minutes). vnu writes its
    // JSON report on stderr; --exit-zero-always so errors arrive as data, not a crash.
    const run = spawnSync("java", ["-jar", VNU, "--format", "json", "--exit-zero-always", ...fileToPath.keys()], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, "could not start java").toBeUndefined();
    expect(run.status, `vnu exited with ${run.status}: ${run.stderr.slice(0, 500)}`).toBe(0);
    const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };

    const where = (m: VnuMessage) => fileToPath.get(m.url ? decodeURIComponent(new URL(m.url).pathname) : "") ?? m.url ?? "?";
    // A file vnu could not read is a broken check, not a pass.
    const unread = report.messages.filter((m) => m.type === "non-document-error");
    expect(unread.map((m) => `${where(m)}: ${m.message}`)).toEqual([]);

    const errors = report.messages.filter((m) => m.type === "error");
    expect(errors.filter((m) => where(m) === "(canary)").map((m) => m.message)).toEqual([expect.stringContaining("“button” must not appear")]);

    const pageErrors = errors
      .filter((m) => where(m) !== "(canary)")
      .map((m) => `${where(m)} (line ${m.lastLine ?? "?"}): ${m.message}${m.extract ? ` — ${JSON.stringify(m.extract.trim())}` : ""}`);
    expect(pageErrors, `${pageErrors.length} HTML error(s) over ${paths.length} pages`).toEqual([]);

    // Warnings do not fail the test but are worth seeing in the report.
    const warnings = report.messages.filter((m) => m.type === "info" && m.subType === "warning");
    for (const w of warnings) testInfo.annotations.push({ type: "vnu warning", description: `${where(w)}: ${w.message}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
