// The quick exit at its first painted frame, in Chromium, Firefox and WebKit: one scenario
// (scenario.ts), one driver per engine (drivers/). Untagged, so the phone project runs it
// once. An engine missing here is skipped, saying so, except in CI, which must run all three.
//
// Retried, with a fresh browser, for the harness: about once in 45 rounds WebKitGTK's
// WebDriver stops running scripts on a page load ("Could not parse script result", then a
// lost session), and the other engines' spies have lost reports now and then. A real
// failure of the exit (the page left visible, or Back returning to it) fails every try: it
// was shown to, with the hiding lines removed and with location.assign in place of
// location.replace.
import { test } from "@playwright/test";
import { chromium } from "./drivers/chromium";
import { firefox } from "./drivers/firefox";
import { webkit } from "./drivers/webkit";
import { leaveAtFirstFrame, type Driver } from "./scenario";

for (const engine of [chromium, firefox, webkit]) {
  test.describe(engine.name, () => {
    test.describe.configure({ mode: engine.serial ? "serial" : "parallel", timeout: engine.timeout, retries: 2 });
    let driver: Driver | undefined;

    test.beforeAll(async ({ baseURL }) => {
      const missing = engine.missing();
      if (missing && process.env.CI) throw new Error(`${engine.name} must run in CI, and cannot: ${missing}`);
      if (missing) console.warn(`Quick exit: ${engine.name} SKIPPED: ${missing}`);
      test.skip(Boolean(missing), `${engine.name} is not installed: ${missing}`);
      driver = await engine.launch(baseURL!);
    });

    test.afterAll(async () => {
      await driver?.close();
      driver = undefined;
    });

    test(`${engine.name}: tapping the exit at its first painted frame blanks the page, leaves, and Back skips it`, async () => {
      await leaveAtFirstFrame(driver!, engine.rounds, 1, (at) => driver!.tap(at));
    });

    test(`${engine.name}: Shift pressed three times at the first painted frame blanks the page, leaves, and Back skips it`, async () => {
      await leaveAtFirstFrame(driver!, engine.rounds, 3, async () => {
        for (let press = 0; press < 3; press++) await driver!.pressShift();
      });
    });
  });
}
