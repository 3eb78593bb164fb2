import type { NextConfig } from "next";
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
};

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
  return config;
}
