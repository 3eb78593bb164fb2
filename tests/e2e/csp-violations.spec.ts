// The browser's own verdict on the CSP: every page type loads and hydrates with no
// securitypolicyviolation event and no console error, prerendered (hash policy) or
// rendered per request (nonce policy). A last test shows the check can fail.
import { expect, test, type Page } from "@playwright/test";
import { TEMPLATES } from "../../scripts/lib/pages";
import { isolate } from "./support";

// Every template but the sheet, whose policy is the search page's (rendered per request).
const PAGE_TYPES = TEMPLATES.filter((t) => !["sheet", "filtered", "regions", "region", "open-data"].includes(t.key)).map((t) => ({ type: t.label, path: t.path }));

type Problems = { violations: string[]; errors: string[] };

/** Records violations from the first script on (an init script runs before the page's own). */
async function watch(page: Page): Promise<Problems> {
  const problems: Problems = { violations: [], errors: [] };
  await page.exposeFunction("__reportViolation", (text: string) => problems.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`);
    });
  });
  // The 404 page's own status is logged as a failed resource load; that is not a script problem.
  page.on("console", (m) => m.type() === "error" && !/status of 404/.test(m.text()) && problems.errors.push(m.text()));
  page.on("pageerror", (e) => problems.errors.push(e.message));
  return problems;
}

/** React has hydrated: Next sets window.next once its runtime has run. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version), undefined, { timeout: 15_000 });
}

for (const { type, path } of PAGE_TYPES) {
  test(`${type} (${path}) runs its scripts with no CSP violation`, async ({ page, context, baseURL }) => {
    const offsite = await isolate(context, baseURL!);
    const problems = await watch(page);
    await page.goto(path);
    await hydrated(page);
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual({ violations: [], errors: [] });
    expect(offsite).toEqual([]);
  });
}

test("moving between prerendered and per-request pages raises no CSP violation", async ({ page, context, baseURL }) => {
  await isolate(context, baseURL!);
  const problems = await watch(page);
  await page.goto("/");
  await hydrated(page);
  await page.locator('a[href="/hotlines"]').first().click();
  await expect(page).toHaveURL(/\/hotlines$/);
  await page.getByRole("combobox").first().selectOption({ index: 1 });
  await page.locator("form[action='/hotlines'] button[type=submit]").first().click();
  await expect(page).toHaveURL(/\/hotlines\?/);
  await hydrated(page);
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual({ violations: [], errors: [] });
});

test("the check can fail: a prerendered page missing one hash is blocked", async ({ page }) => {
  const problems = await watch(page);
  await page.route("**/hotlines", async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    headers["content-security-policy"] = headers["content-security-policy"].replace(/ 'sha256-[^']+'/, "");
    await route.fulfill({ response, headers });
  });
  await page.goto("/hotlines");
  await expect.poll(() => problems.violations.length).toBeGreaterThan(0);
  expect(problems.violations[0]).toContain("script-src");
});
