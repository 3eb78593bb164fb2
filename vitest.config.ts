// Unit tests only (Playwright owns tests/e2e). Tests import lib/content/* directly and
// never lib/content/index.ts, which is guarded by "server-only" for the Next.js build.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(fileURLToPath(new URL(".", import.meta.url)));

export default defineConfig({
  resolve: {
    // Same as tsconfig "paths": "@/lib/site" is <root>/lib/site.
    alias: { "@": root },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    root,
    // The JSON report feeds the one-line summary that .ci/run prints last.
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
  },
});
