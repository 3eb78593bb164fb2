// Prints one closing line for CI, "tests: N passed, N failed, N skipped", from the
// vitest and Playwright JSON reports, and npm run test:deploy's when it ran. A missing report means that layer never ran,
// which is a failure, not zero tests.
import fs from "node:fs";

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : undefined);
const unit = read("reports/vitest.json");
const e2e = read("reports/playwright.json");
const deploy = read("reports/deploy.json");

let passed = 0, failed = 0, skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else failed += 1;
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
} else failed += 1;
if (deploy) {
  passed += deploy.passed;
  failed += deploy.failed;
}

if (!unit) console.log("vitest report missing: the unit tests did not run");
if (!e2e) console.log("playwright report missing: the browser tests did not run");
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
