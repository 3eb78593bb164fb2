import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { readContent } from "./lib/content/load";
import { formatProblems } from "./lib/content/problems";
import { securityHeaders } from "./lib/security/headers";

const config: NextConfig = {
  // Benchmarks and parallel test runs build into their own folder (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
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
  return config;
}
