// Help near you: every region page with JavaScript on and off, place search from the
// home page, and the safety rules for local entries (no shelter address, no one-tap
// call to a line that may be out of service, the hotline before any caution).
// The cheap checks (answers, heading, safety chrome, the all-Ontario lines, nothing
// off-site) run on every region; axe runs on a sample (sample.ts: the regions whose
// pages differ: most local help, each kind of local card, fewest local help).
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { readContent } from "../../lib/content/load";
import { LOCAL_REGIONS } from "../../lib/content/places";
import { en } from "../../lib/i18n/en";
import { NATIONAL_HOTLINE, QUICK_EXIT_URL } from "../../lib/site";
import { axe, regionSample } from "./sample";
import { BOTH_VIEWPORTS, exitLink, isolate } from "./support";

const { content } = readContent(path.resolve(__dirname, "../../content"));
const AXE_REGIONS = regionSample();

async function expectChrome(page: Page, where: string) {
  await expect(exitLink(page), where).toHaveAttribute("href", QUICK_EXIT_URL);
  await expect(page.getByRole("complementary", { name: "Privacy" }), where).toContainText("no cookies");
  await expect(page.locator(`a[href="tel:${NATIONAL_HOTLINE.dial}"]`).first(), where).toBeVisible();
}

async function expectAxeClean(page: Page, where: string) {
  const { violations } = await axe(page);
  expect(violations.map((v) => `${where}: ${v.id} (${v.nodes.length}×) ${v.help}`)).toEqual([]);
}

for (const js of [true, false]) {
  test.describe(`region pages, JavaScript ${js ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: js });

    // One page visits every region in turn: the pages are only read, so nothing one
    // visit does can change what the next one shows. With JavaScript on, the sampled
    // regions are checked with axe on the same load.
    test(`every region page answers, names its region and keeps the safety chrome and the all-Ontario lines${js ? "; the sampled ones are axe clean" : ""}`, js ? BOTH_VIEWPORTS : {}, async ({ page, context, baseURL }) => {
      const offsite = await isolate(context, baseURL!);
      for (const region of LOCAL_REGIONS) {
        const where = `/regions/${region}`;
        const response = await page.goto(where);
        expect(response?.status(), where).toBe(200);
        await expect(page.locator("main h1"), where).toHaveText(en.regionsPage.heading(en.regions[region]));
        await expectChrome(page, where);
        // The lines that serve all of Ontario are on every region page, local help or not.
        const everywhere = page.locator("section[aria-labelledby=all-ontario]");
        await expect(everywhere.getByRole("heading", { name: en.regionsPage.broadHeading }), where).toBeVisible();
        await expect(everywhere.getByRole("link", { name: "Canadian Human Trafficking Hotline", exact: true }), where).toBeVisible();
        if (js && AXE_REGIONS.includes(region)) await expectAxeClean(page, where);
      }
      expect(offsite).toEqual([]);
    });

    test("a town typed on the home page finds local help first, then what serves all of Ontario", async ({ page }) => {
      await page.goto("/");
      await page.getByLabel(en.regionsPage.placeLabel).fill("St Catharines");
      await page.getByLabel(en.regionsPage.placeLabel).press("Enter");
      await expect(page).toHaveURL(/\/search\?q=St\+Catharines/);
      const near = page.getByRole("heading", { name: en.search.near("St. Catharines") });
      const all = page.getByRole("heading", { name: en.places.servesAll, exact: true });
      await expect(near).toBeVisible();
      await expect(all).toBeVisible();
      // The national hotline is never dropped from a place's results, and comes after local help.
      const hotline = page.locator("main").getByRole("link", { name: "Canadian Human Trafficking Hotline", exact: true });
      await expect(hotline).toBeVisible();
      const [nearY, hotlineY] = [(await near.boundingBox())!.y, (await hotline.boundingBox())!.y];
      expect(hotlineY).toBeGreaterThan(nearY);
    });
  });
}

// axe needs script: for "JavaScript off" it checks the server's HTML with every site script blocked.
test("the sampled region pages without the site's scripts are axe clean", BOTH_VIEWPORTS, async ({ page }) => {
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  for (const region of AXE_REGIONS) {
    const where = `/regions/${region}`;
    expect((await page.goto(where))?.status(), where).toBe(200);
    await expectAxeClean(page, `${where} (no scripts)`);
  }
});

test("the regions page lists every region with its count of local entries", async ({ page }) => {
  await page.goto("/regions");
  for (const region of LOCAL_REGIONS) {
    await expect(page.getByRole("link", { name: new RegExp(`^${en.regions[region]} \\(\\d+ local\\)$`) })).toBeVisible();
  }
});

test("a shelter, safe house or residence shows no address, and says its location is confidential", async ({ page }) => {
  const confidential = content.entries.filter((e) => e.location_confidential);
  expect(confidential.length).toBeGreaterThan(0);
  for (const e of confidential) {
    await page.goto(`/${e.kind}/${e.slug}`);
    await expect(page.getByText(en.entry.confidential), e.slug).toBeVisible();
    await expect(page.locator("main"), e.slug).not.toContainText(`${en.entry.address}:`);
  }
});

test("an unconfirmed entry sends readers to the hotline first and offers no one-tap call of its own", async ({ page }) => {
  const unsure = content.entries.find((e) => e.status === "unconfirmed" && e.phones.length > 0)!;
  await page.goto(`/${unsure.kind}/${unsure.slug}`);
  const caution = page.getByRole("note");
  await expect(caution).toContainText(en.entry.checkHotlineFirst);
  await expect(caution.locator(`a[href="tel:${NATIONAL_HOTLINE.dial}"]`)).toBeVisible();
  for (const phone of unsure.phones) {
    await expect(page.locator("main")).toContainText(phone.number);
    await expect(page.locator(`main a[href="tel:${phone.dial}"]`)).toHaveCount(0);
  }
});

test("VQRP+ lists the local Victim Services agencies by region", async ({ page }) => {
  await page.goto("/services/victim-quick-response-program-plus");
  const list = page.locator("section", { has: page.getByRole("heading", { name: en.networks["victim-services"].heading }) });
  for (const agency of content.entries.filter((e) => e.network === "victim-services")) {
    await expect(list.getByRole("link", { name: agency.name }).first()).toBeVisible();
  }
});
