// The accessibility statement and the referral sheet pass axe (WCAG 2.2 AA) on phone and
// desktop, in the states the crawl does not reach: a sheet with entries, a caution and a
// notice. The footer links both pages, and the statement names its standard and gaps.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sheetUrl } from "./sheet-support";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const PAGES = [
  "/accessibility",
  "/sheet",
  `${sheetUrl(["care-units/toronto-care-unit", "services/chrysalis-network", "hotlines/canadian-human-trafficking-hotline"])}&e=hotlines/nope`,
];

for (const path of PAGES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      expect((await page.goto(path))?.status()).toBe(200);
      const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }

  test(`${path} fits a 320 px screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
}

test("the footer links the accessibility statement and the referral sheet", async ({ page }) => {
  await page.goto("/");
  const footer = page.locator("footer");
  await footer.getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.locator("main h1")).toHaveText("Accessibility");
  await page.locator("footer").getByRole("link", { name: "Make a referral sheet to print" }).click();
  await expect(page).toHaveURL(/\/sheet$/);
  await expect(page.locator("main h1")).toHaveText("Referral sheet");
});

test("the statement names the standard, the tests, the gaps and JavaScript-off use", async ({ page }) => {
  await page.goto("/accessibility");
  const main = page.locator("main");
  for (const heading of ["The standard we follow", "What we test, and how", "Known gaps", "With JavaScript off"]) {
    await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  for (const fact of ["WCAG) 2.2 at level AA", "AODA", "axe", "W3C HTML checker (vnu)", "Keyboard", "320 CSS pixels", "200% zoom", "Forced colours", "English only", "run by others"]) {
    await expect(main, fact).toContainText(fact);
  }
});
