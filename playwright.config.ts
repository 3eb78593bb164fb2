import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH_OPTIONS } from "./scripts/lib/chromium";

// Playwright cannot download its own browsers here: it drives Debian's Chromium, launched
// as every script launches it (scripts/lib/chromium.ts; CHROME_PATH to point elsewhere).
const chromium = CHROMIUM_LAUNCH_OPTIONS;
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The JSON report feeds the one-line summary that .ci/run prints last.
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  timeout: 60_000,
  use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions: chromium, trace: "off" },
  projects: [
    // A small Android phone: the site's first audience.
    { name: "phone", use: { ...devices["Pixel 5"], viewport: { width: 375, height: 740 }, launchOptions: chromium } },
    // A desktop screen, for the checks whose outcome depends on the screen only (layout,
    // axe, print, what stays in view: tagged BOTH_VIEWPORTS in tests/e2e/support.ts).
    {
      name: "desktop",
      grep: /@both-viewports/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions: chromium },
    },
  ],
  // Against the production build (npm test builds first).
  webServer: {
    command: `npx next start -H localhost -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
