// Printing a page to keep the numbers on paper (a worker's referral sheet, a fridge door):
// the paper must carry the name, every number in full, the hours and when the details
// were checked, and nothing that only makes sense on a screen, least of all the quick
// exit, whose "Leave this site" label on paper would reveal what the page was about.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { BOTH_VIEWPORTS } from "./support";

const ENTRY = "/hotlines/canadian-human-trafficking-hotline";
const CARE_UNIT = "/care-units/toronto-care-unit";
const LISTING = "/hotlines";

/** Screen-only parts of the page, by what they are. */
function chrome(page: Page): Record<string, Locator> {
  return {
    "quick exit (bar and skip link)": page.locator("[data-quick-exit]"),
    "sticky bar": page.locator(".urgent-bar"),
    "header navigation": page.locator("header nav"),
    "search form": page.locator('form[role="search"]'),
    "filter form": page.locator('form[method="get"]:not([role="search"])'),
    "share box": page.locator('section[aria-labelledby="share"]'),
    footer: page.locator("footer"),
  };
}

/**
 * Every part given must exist on screen first (a renamed class would otherwise make
 * "hidden in print" pass for nothing), then be gone in print.
 */
async function expectChromeOnlyOnScreen(page: Page, parts: string[]) {
  const all = chrome(page);
  for (const name of parts) {
    await expect(all[name].first(), `${name} on screen`).toBeVisible();
  }
  await page.emulateMedia({ media: "print" });
  for (const name of parts) {
    const locator = all[name];
    const count = await locator.count();
    expect(count, `${name} still in the page`).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(locator.nth(i), `${name} in print`).toBeHidden();
  }
}

/**
 * Every tel: link in the main content is printed with its number written out in full:
 * the first number in its text is the one dialled (the leading country code 1 may be
 * left out). "Call the hotline" on paper would be useless.
 */
async function expectNumbersInFull(page: Page) {
  const links = page.locator('main a[href^="tel:"]');
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    await expect(link).toBeVisible();
    const href = (await link.getAttribute("href"))!;
    const dialled = href.replace(/^tel:/, "").replace(/[^\d*#]/g, "");
    const text = await link.innerText();
    // "Call *877 (*TPS from mobile phones)": the number, not the label after it.
    const written = (/[*#+]?\d[\d\s().-]*\d/.exec(text)?.[0] ?? "").replace(/[^\d*#]/g, "");
    expect([dialled, dialled.replace(/^1/, "")], `${href} is printed as "${text}"`).toContain(written);
  }
}

test("an entry prints its name, numbers, hours and check date, without the screen chrome", BOTH_VIEWPORTS, async ({ page }) => {
  await page.goto(ENTRY);
  await expectChromeOnlyOnScreen(page, ["quick exit (bar and skip link)", "sticky bar", "header navigation", "search form", "share box", "footer"]);

  const main = page.locator("main");
  await expect(main.locator("h1")).toHaveText("Canadian Human Trafficking Hotline");
  await expect(main.getByText("1-833-900-1010").first()).toBeVisible();
  await expect(main.locator('.contact-actions a[href="tel:+18339001010"]')).toContainText("1-833-900-1010");
  await expectNumbersInFull(page);
  await expect(main.getByText("24 hours a day, 7 days a week, 365 days a year", { exact: true })).toBeVisible();
  const checked = main.getByText(/Details last checked against the sources:/);
  await expect(checked).toBeVisible();
  await expect(checked).toHaveText(/Details last checked against the sources: [A-Z][a-z]+ \d{1,2}, \d{4}/);
});

test("a CARE Unit prints every partner's numbers and hours", BOTH_VIEWPORTS, async ({ page }) => {
  await page.goto(CARE_UNIT);
  await expectChromeOnlyOnScreen(page, ["quick exit (bar and skip link)", "sticky bar", "header navigation", "search form", "share box", "footer"]);

  const main = page.locator("main");
  await expect(main.locator("h1")).toHaveText("Toronto CARE Unit (Children at Risk of Exploitation)");
  // The partners are how to reach a CARE Unit: each has its own numbers.
  for (const partner of ["Children's Aid Society of Toronto", "Native Child and Family Services of Toronto", "Toronto Police Service"]) {
    await expect(main.getByRole("heading", { name: partner })).toBeVisible();
  }
  for (const number of ["416-924-4646", "1-866-527-0833", "416-969-8510", "416-808-2222", "*877"]) {
    await expect(main.locator('a[href^="tel:"]').filter({ hasText: number }), number).toBeVisible();
  }
  await expectNumbersInFull(page);
  await expect(main.getByText("Hours: Phones answered 24 hours a day, 7 days a week")).toBeVisible();
  await expect(main.getByText(/Details last checked against the sources: [A-Z][a-z]+ \d{1,2}, \d{4}/)).toBeVisible();
});

test("a listing prints its entries and their numbers, without the filters", BOTH_VIEWPORTS, async ({ page }) => {
  await page.goto(LISTING);
  await expectChromeOnlyOnScreen(page, ["quick exit (bar and skip link)", "sticky bar", "header navigation", "search form", "filter form", "footer"]);

  const cards = page.locator("main article");
  expect(await cards.count()).toBeGreaterThan(3);
  for (const card of await cards.all()) await expect(card.locator("h2")).toBeVisible();
  await expect(cards.filter({ hasText: "Canadian Human Trafficking Hotline" }).locator('a[href="tel:+18339001010"]')).toContainText("1-833-900-1010");
  await expectNumbersInFull(page);
});

test("the entry fits on one to three sheets of paper", BOTH_VIEWPORTS, async ({ page }, testInfo) => {
  // page.pdf() needs headless Chromium; the HTML is the same in both projects.
  test.skip(testInfo.project.name !== "desktop", "one PDF is enough; pdf() ignores the phone's viewport anyway");
  await page.goto(ENTRY);
  let pdf: Buffer;
  try {
    pdf = await page.pdf({ format: "Letter", printBackground: false });
  } catch (error) {
    test.skip(true, `page.pdf() is not supported by this browser: ${String(error).split("\n")[0]}`);
    return;
  }
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF-")).toBe(true);
  // Page objects ("/Type /Page", not "/Type /Pages") and the page tree's count must agree.
  const pages = (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  const declared = Number(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages/.exec(text)?.slice(1).find(Boolean));
  expect(pages).toBe(declared);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
});
