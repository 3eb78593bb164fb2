// The site must work with JavaScript off: a sample of pages (one of each template, a
// CARE Unit for its partners, and the 404 page), the quick exit as a plain link, the
// filters and the search form as plain GET forms.
import { expect, test } from "@playwright/test";
import { NATIONAL_HOTLINE, QUICK_EXIT_URL } from "../../lib/site";
import { axe } from "./sample";
import { BOTH_VIEWPORTS, EXIT_STUB_TITLE, isolate, exitLink } from "./support";

const SAMPLE = ["/", "/hotlines", "/hotlines/canadian-human-trafficking-hotline", "/care-units/toronto-care-unit", "/safety", "/learn/toronto-police-figures", "/no-such-page"];

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  // One page visits the sample in turn: the pages are only read, so no visit can change
  // what the next one shows.
  test("every page of the sample shows the quick exit, hotline and privacy notice", async ({ page, context, baseURL }) => {
    const offsite = await isolate(context, baseURL!);
    for (const path of SAMPLE) {
      await page.goto(path);
      await expect(exitLink(page), path).toHaveAttribute("href", QUICK_EXIT_URL);
      await expect(page.locator(`a[href="tel:${NATIONAL_HOTLINE.dial}"]`).first(), path).toBeVisible();
      await expect(page.getByRole("complementary", { name: "Privacy" }), path).toBeVisible();
      await expect(page.locator("main h1"), path).toBeVisible();
    }
    expect(offsite).toEqual([]);
  });

  test("the quick exit leaves as a plain link, sending no referrer", async ({ page, context, baseURL }) => {
    await isolate(context, baseURL!);
    await page.goto("/hotlines");
    const exit = exitLink(page);
    await expect(exit).toHaveAttribute("rel", /noreferrer/);
    const [request] = await Promise.all([page.waitForRequest(QUICK_EXIT_URL), exit.click()]);
    expect(await request.headerValue("referer")).toBeNull();
    await expect(page).toHaveTitle(EXIT_STUB_TITLE);
  });

  test("listing filters work as a GET form", async ({ page }) => {
    await page.goto("/services");
    const all = await page.locator("main article").count();
    await page.getByLabel("Region", { exact: true }).selectOption("ottawa-area");
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/\/services\?region=ottawa-area/);
    const filtered = await page.locator("main article").count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    await expect(page.getByRole("heading", { name: "Voice Found" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Toronto Police Service" })).toHaveCount(0);
  });
});

// axe needs script to run, so these pages keep JavaScript on in the browser but block
// every script the site sends: what axe checks is exactly the server's HTML. One page
// checks the sample in turn (read-only), listing every violation on every page.
test("the sample without the site's scripts has no axe violations", BOTH_VIEWPORTS, async ({ page }) => {
  test.setTimeout(120_000);
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  const violations: string[] = [];
  for (const path of SAMPLE) {
    await page.goto(path);
    for (const v of (await axe(page)).violations) violations.push(`${path}: ${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
  }
  expect(violations).toEqual([]);
});
