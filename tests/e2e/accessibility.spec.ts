// The accessibility statement and the referral sheet pass axe (WCAG 2.2 AA) on phone and
// desktop, in light and dark mode, and in the states the crawl does not reach: a sheet
// with entries, a caution and a notice. The footer links both pages, and the statement
// names its standard and gaps. Each page is loaded once: light, dark and the 320 px width
// are switched in place, which CSS applies at once.
import { expect, test } from "@playwright/test";
import { BOTH_VIEWPORTS } from "./support";
import { axe } from "./sample";
import { sheetUrl } from "./sheet-support";

const PAGES = [
  "/accessibility",
  "/sheet",
  `${sheetUrl(["care-units/toronto-care-unit", "services/savis-of-halton-anti-human-trafficking", "hotlines/canadian-human-trafficking-hotline"])}&e=hotlines/nope`,
];

for (const path of PAGES) {
  test(`${path} has no axe violations in light and dark mode, and fits a 320 px screen`, BOTH_VIEWPORTS, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme)).toBe(true);
      const { violations } = await axe(page);
      expect.soft(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe (${colorScheme})`).toEqual([]);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, "page width at 320 px").toBeLessThanOrEqual(widths.client);
  });
}

test("the footer links the accessibility statement, which names the standard, the tests, the gaps and JavaScript-off use, and the referral sheet", async ({ page }) => {
  await page.goto("/");
  const footer = page.locator("footer");
  await footer.getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.locator("main h1")).toHaveText("Accessibility");

  const main = page.locator("main");
  for (const heading of ["The standard we follow", "What we test, and how", "Known gaps", "With JavaScript off"]) {
    await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  for (const fact of ["WCAG) 2.2 at level AA", "axe", "W3C HTML checker (vnu)", "Keyboard", "320 CSS pixels", "200% zoom", "Forced colours", "in English and in French", "a sample of pages", "run by others"]) {
    await expect(main, fact).toContainText(fact);
  }

  await page.locator("footer").getByRole("link", { name: "Make a referral sheet to print" }).click();
  await expect(page).toHaveURL(/\/sheet$/);
  await expect(page.locator("main h1")).toHaveText("Referral sheet");
});
