// Every page reachable from the home page, in two passes so the suite stays fast as the
// directory grows (hundreds of pages, two languages):
// - cheap, on every page, from the server's HTML: answers 200, sets no cookie, carries the
//   quick exit, the privacy notice and the hotline link, and loads nothing from another origin;
// - in the browser, on a sample (two pages of each template plus every entry variant:
//   unconfirmed, confidential location, network list, partners...): the exit in view,
//   axe (WCAG 2.2 AA), no storage, and no request to another origin.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { NATIONAL_HOTLINE, QUICK_EXIT_URL } from "../../lib/site";
import { axeSample, crawl, isolate, storageIsEmpty, exitLink } from "./support";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// Anything the browser would fetch by itself from another origin: scripts, styles,
// images, frames, fonts, preloads. (Plain <a href> links away are fine.)
const OFFSITE_LOAD = /<(?:script|img|iframe|source|embed|object)\b[^>]*\bsrc="(?:https?:)?\/\/|<link\b[^>]*\bhref="(?:https?:)?\/\//i;

test("every page reachable from home answers with the quick exit, privacy notice and hotline, loading nothing off-site", async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the server's HTML is the same for every viewport");
  test.setTimeout(300_000);
  const paths = await crawl(request, 1000);
  // The listings, every entry, the regions, the information pages: fewer means lost links.
  expect(paths.length).toBeGreaterThan(120);
  const failures: string[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    const html = await response.text();
    if (response.status() !== 200) failures.push(`${path}: HTTP ${response.status()}`);
    if (response.headers()["set-cookie"]) failures.push(`${path}: sets a cookie`);
    if (!html.includes(`href="${QUICK_EXIT_URL}"`) || !html.includes("data-quick-exit")) failures.push(`${path}: no quick exit`);
    if (!/<aside[^>]*aria-label="Privacy"/.test(html) || !html.includes("no cookies")) failures.push(`${path}: no privacy notice`);
    if (!html.includes(`href="tel:${NATIONAL_HOTLINE.dial}"`)) failures.push(`${path}: no hotline link`);
    const offsite = OFFSITE_LOAD.exec(html);
    if (offsite) failures.push(`${path}: loads from another origin: ${offsite[0].slice(0, 120)}`);
  }
  expect(failures).toEqual([]);
});

test("a sample of every template is accessible and private in the browser", async ({ page, context, request, baseURL }) => {
  test.setTimeout(300_000);
  const offsite = await isolate(context, baseURL!);
  const sample = [...axeSample(await crawl(request, 1000))];
  expect(sample.length).toBeGreaterThan(15);

  const failures: string[] = [];
  for (const path of sample) {
    const response = await page.goto(path);
    if (response?.status() !== 200) {
      failures.push(`${path}: HTTP ${response?.status()}`);
      continue;
    }
    const exit = exitLink(page);
    await expect(exit, path).toHaveAttribute("href", QUICK_EXIT_URL);
    await expect(exit, path).toBeInViewport();
    await expect(page.getByRole("complementary", { name: "Privacy" }), path).toContainText("no cookies");
    await expect(page.locator(`a[href="tel:${NATIONAL_HOTLINE.dial}"]`).first(), path).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    for (const v of axe.violations) failures.push(`${path}: axe ${v.id} (${v.nodes.length}×) ${v.help}`);
    const stored = await storageIsEmpty(page);
    if (stored.cookies || stored.local || stored.session) failures.push(`${path}: stored ${JSON.stringify(stored)}`);
  }
  expect((await context.cookies()).length, "cookies set").toBe(0);
  expect(offsite, "requests to other origins").toEqual([]);
  expect(failures).toEqual([]);
});
