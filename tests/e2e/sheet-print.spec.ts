// The referral sheet on paper: the ten entries that take the most room fit on two pages
// of A4 and of Letter, and the quick exit, navigation and forms do not print, while the
// hotline, every number and the QR code do.
import { expect, test } from "@playwright/test";
import { BOTH_VIEWPORTS } from "./support";
import { longestEntries, pdfPageCount, sheetUrl } from "./sheet-support";

// About what a browser's print dialog leaves by default.
const MARGIN = { top: "0.4in", bottom: "0.4in", left: "0.4in", right: "0.4in" };

test("ten entries print on at most two pages, A4 and Letter", BOTH_VIEWPORTS, async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "page.pdf() ignores the phone's viewport: one project is enough");
  test.setTimeout(120_000);
  const ten = await longestEntries(page, 10);
  expect(ten).toHaveLength(10);
  await page.goto(sheetUrl(ten));
  await expect(page.locator("main .sheet-entry")).toHaveCount(10);
  for (const format of ["A4", "Letter"] as const) {
    const pages = pdfPageCount(await page.pdf({ format, margin: MARGIN }));
    testInfo.annotations.push({ type: "pages", description: `${format}: ${pages}` });
    expect(pages, `${format}: ten longest entries ${ten.join(", ")}`).toBeGreaterThanOrEqual(1);
    expect(pages, `${format}: ten longest entries ${ten.join(", ")}`).toBeLessThanOrEqual(2);
  }
});

test("the sheet prints the hotline, numbers and QR code, without the screen chrome", BOTH_VIEWPORTS, async ({ page }) => {
  await page.goto(sheetUrl(["care-units/toronto-care-unit", "hotlines/canadian-human-trafficking-hotline", "services/savis-of-halton-anti-human-trafficking"]));
  const screenOnly = {
    "quick exit": page.locator("[data-quick-exit]"),
    "sticky bar": page.locator(".urgent-bar"),
    navigation: page.locator("header nav"),
    forms: page.locator("form"),
    "privacy note": page.locator("main section[aria-labelledby='sheet-privacy']"),
    "share box": page.locator("section[aria-labelledby='share']"),
    footer: page.locator("footer"),
  };
  // Each part is there on screen first, so "hidden in print" cannot pass for nothing.
  for (const [name, locator] of Object.entries(screenOnly)) await expect(locator.first(), `${name} on screen`).toBeVisible();
  expect(await screenOnly.forms.count()).toBeGreaterThanOrEqual(2);

  await page.emulateMedia({ media: "print" });
  for (const [name, locator] of Object.entries(screenOnly)) {
    for (const one of await locator.all()) await expect(one, `${name} in print`).toBeHidden();
  }
  const main = page.locator("main");
  await expect(main.locator(".urgent-help")).toBeVisible();
  await expect(main.getByRole("img", { name: "QR code of this sheet's address" })).toBeVisible();
  // On paper the chat is its address, not a word to click.
  const chat = main.locator(".urgent-help a[href^='https://']");
  expect(await chat.evaluate((a) => getComputedStyle(a, "::after").content)).toBe('": https://www.canadianhumantraffickinghotline.ca/chat/"');
  // Every tel: link is visible with the number it dials written out.
  const links = main.locator('a[href^="tel:"]');
  expect(await links.count()).toBeGreaterThan(6);
  for (const link of await links.all()) {
    await expect(link).toBeVisible();
    const dialled = (await link.getAttribute("href"))!.replace(/^tel:/, "").replace(/[^\d*#]/g, "");
    const written = (/[*#+]?\d[\d\s().-]*\d|911/.exec(await link.innerText())?.[0] ?? "").replace(/[^\d*#]/g, "");
    expect([dialled, dialled.replace(/^1/, "")]).toContain(written);
  }
});
