import type { NextConfig } from "next";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import { readContent } from "./lib/content/load";
import { formatProblems } from "./lib/content/problems";
import { readCspManifest } from "./lib/security/csp-manifest";
import { securityHeaders } from "./lib/security/headers";

const config: NextConfig = {
  // Benchmarks and parallel test runs build into their own folder (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Prerendered pages carry no nonce: their external scripts get integrity hashes, and
  // their inline scripts are allowed by hash (scripts/csp-manifest.ts, proxy.ts).
  // The 404 for unmatched addresses is a page of its own (app/global-not-found.tsx), so its
  // tree is not sent inside every page's RSC payload.
  experimental: { sri: { algorithm: "sha256" }, globalNotFound: true },
  // proxy.ts lets a CDN keep only a browser's request for a prerendered page, never the RSC
  // payload Next's client router asks the same address for (RSC, Next-Router-* headers and
  // the _rsc parameter); Next strips those from what a proxy sees unless told not to. The
  // content is the same either way: only the cache header differs.
  skipProxyUrlNormalize: true,
  headers: async () => [{ source: "/:path*", headers: securityHeaders }],
  // One self-contained server folder (<distDir>/standalone) that runs the same on one
  // machine or many: scripts/standalone.ts adds what Next leaves out (static files, the
  // CSP manifest, content/) and checks it.
  output: "standalone",
  // deploymentId (below) would otherwise make Next's BUILD_ID a constant, and the CSP
  // manifest is tied to its build by that id: null keeps a fresh one per build.
  generateBuildId: () => null,
};

/**
 * Which build this is, for Next's version-skew protection (?dpl= on asset addresses, a
 * full reload when a client meets an instance of another deploy): NEXT_DEPLOYMENT_ID when
 * set (CI should set one per build), else the commit built. `next start` takes the id the
 * build recorded, so a commit made after the build changes nothing.
 */
function deploymentId(phase: string, distDir: string): string | undefined {
  if (process.env.NEXT_DEPLOYMENT_ID) return process.env.NEXT_DEPLOYMENT_ID;
  if (phase === PHASE_PRODUCTION_SERVER) {
    const file = path.join(distDir, "required-server-files.json");
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")).config?.deploymentId ?? undefined) : undefined;
  }
  try {
    return execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
  } catch {
    return undefined; // not a git checkout (e.g. a source tarball): no skew protection
  }
}

// `next build`, however it is started, validates all content first and stops with the
// full list of problems: a bad phone number must never reach the site.
export default function nextConfig(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) {
    const { problems } = readContent(`${process.cwd()}/content`);
    if (problems.length) {
      console.error(`\nContent is not valid, so the site was not built:\n${formatProblems(problems)}\n`);
      process.exit(1);
    }
  }
  // `next start` refuses a build whose CSP manifest is missing or from another build:
  // its prerendered pages would be served with scripts the browser blocks.
  if (phase === PHASE_PRODUCTION_SERVER) {
    try {
      readCspManifest(path.resolve(process.cwd(), config.distDir ?? ".next"));
    } catch (e) {
      console.error(`\nNot serving: ${e instanceof Error ? e.message : e}\n`);
      process.exit(1);
    }
  }
  return { ...config, deploymentId: deploymentId(phase, path.resolve(process.cwd(), config.distDir ?? ".next")) };
}
