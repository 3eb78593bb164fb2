// Every page reachable from the home page: answers 200, carries the quick exit, the
// privacy notice and the hotline, sets no cookie, touches no storage and makes no
// request to another origin. axe (WCAG 2.2 AA) runs on a sample: two pages of each
// template, plus every entry variant (unconfirmed, confidential location, network
// list, partners...), so the suite stays fast as the directory grows.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { NATIONAL_HOTLINE, QUICK_EXIT_URL } from "../../lib/site";
import { axeSample, crawl, isolate, storageIsEmpty, exitLink } from "./support";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("every page reachable from home works, is accessible and private", async ({ page, context, request, baseURL }) => {
  test.setTimeout(600_000);
  const offsite = await isolate(context, baseURL!);
  const paths = await crawl(request);
  // The five listings, every entry, the information pages: a crawl that finds fewer
  // than this has lost links.
  expect(paths.length).toBeGreaterThan(45);

  const sample = axeSample(paths);
  const failures: string[] = [];
  for (const path of paths) {
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

    if (sample.has(path)) {
      const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      for (const v of axe.violations) failures.push(`${path}: axe ${v.id} (${v.nodes.length}×) ${v.help}`);
    }

    const stored = await storageIsEmpty(page);
    if (stored.cookies || stored.local || stored.session) failures.push(`${path}: stored ${JSON.stringify(stored)}`);
  }
  expect((await context.cookies()).length, "cookies set").toBe(0);
  expect(offsite, "requests to other origins").toEqual([]);
  expect(failures).toEqual([]);
});
