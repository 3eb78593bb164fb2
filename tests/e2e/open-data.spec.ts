// The open data: the /open-data page (quick exit, privacy notice, axe clean, JavaScript
// on and off), the HSDS JSON files (JSON, a data cache policy, a CSP that allows nothing,
// no cookie), and each entry page's JSON-LD stating the phones the page links to.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { KINDS } from "../../lib/content/taxonomies";
import { QUICK_EXIT_URL } from "../../lib/site";
import { axe } from "./sample";
import { BOTH_VIEWPORTS, exitLink, isolate } from "./support";

const ENTRY_COUNT = KINDS.flatMap((kind) => fs.readdirSync(path.join("content", kind)).filter((f) => f.endsWith(".md") && !f.endsWith(".fr.md") && !f.startsWith("_"))).length;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
type Obj = Record<string, unknown>;

async function checkPage(page: Page) {
  await expect(exitLink(page)).toHaveAttribute("href", QUICK_EXIT_URL);
  await expect(page.getByRole("complementary", { name: "Privacy" })).toContainText("no cookies");
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  await expect(page.getByRole("link", { name: "every service (JSON)" })).toHaveAttribute("href", "/open-data/services.json");
  await expect(page.locator("main")).toContainText(`All ${ENTRY_COUNT} entries`);
}

async function expectAxeClean(page: Page) {
  const { violations } = await axe(page);
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`/open-data with JavaScript ${javaScriptEnabled ? "on" : "off"}`, BOTH_VIEWPORTS, () => {
    test.use({ javaScriptEnabled });
    test("answers 200, with the quick exit and privacy notice, axe clean", async ({ page, context, baseURL }) => {
      const offsite = await isolate(context, baseURL!);
      const response = await page.goto("/open-data");
      expect(response?.status()).toBe(200);
      await checkPage(page);
      if (javaScriptEnabled) await expectAxeClean(page);
      expect(offsite).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  });
}

// axe needs script, so (as in no-javascript.spec.ts) the browser keeps it while every
// script the site sends is blocked: axe then checks exactly the server's HTML.
test("/open-data without the site's scripts is axe clean", BOTH_VIEWPORTS, async ({ page }) => {
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/open-data");
  await checkPage(page);
  await expectAxeClean(page);
});

test("the footer links to the open data", async ({ page }) => {
  await page.goto("/");
  await page.locator("footer").getByRole("link", { name: "Open data" }).click();
  await expect(page).toHaveURL(/\/open-data$/);
});

async function getJson(request: import("@playwright/test").APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const h = response.headers();
  expect(h["content-type"]).toMatch(/^application\/json/);
  expect(h["cache-control"]).toBe("public, max-age=3600");
  expect(h["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(h["set-cookie"]).toBeUndefined();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("no-referrer");
  return response.json();
}

test("services.json holds every entry as an HSDS service", async ({ request }) => {
  const services = (await getJson(request, "/open-data/services.json")) as Obj[];
  expect(services).toHaveLength(ENTRY_COUNT);
  for (const s of services) expect(s.id).toMatch(UUID);
  expect(new Set(services.map((s) => s.id)).size).toBe(ENTRY_COUNT);
  const hotline = services.find((s) => s.name === "Canadian Human Trafficking Hotline")!;
  expect((hotline.phones as Obj[]).map((p) => p.number)).toEqual(["1-833-900-1010"]);
  expect(hotline.schedules).toEqual([expect.objectContaining({ opens_at: "00:00", closes_at: "23:59" })]);
});

test("each entry page links to its own JSON, matching its JSON-LD", async ({ page, request }) => {
  const all = (await getJson(request, "/open-data/services.json")) as Obj[];
  for (const entry of ["/hotlines/canadian-human-trafficking-hotline", "/care-units/toronto-care-unit", "/services/toronto-police-service"]) {
    await page.goto(entry);
    const href = await page.getByRole("link", { name: "This entry as open data (JSON)" }).getAttribute("href");
    expect(href).toBe(`/open-data/services${entry}.json`);
    const one = (await getJson(request, href!)) as Obj;
    expect(all).toContainEqual(one);

    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Obj;
    expect(ld.identifier).toBe(one.id);
    expect(ld.name).toBe(await page.locator("main h1").textContent());
    // The phones the JSON-LD states are exactly the ones the entry's article links to.
    // A number named in the body's prose is another entry's line, not one of this entry's channels.
    const dialled = await page.locator(':is(main article a[href^="tel:"], main article a[href^="sms:"]):not(.prose-body a)').evaluateAll((links) =>
      links.map((a) => a.getAttribute("href")!.replace(/^(tel|sms):/, "").split("?")[0]),
    );
    const stated = JSON.stringify(ld).match(/"telephone":"([^"]+)"/g)!.map((m) => m.slice(13, -1));
    expect([...new Set(stated)].sort()).toEqual([...new Set(dialled)].sort());
  }
});

test("an unknown JSON file is the site's full 404 page", async ({ page }) => {
  const response = await page.goto("/open-data/services/hotlines/no-such-entry.json");
  expect(response?.status()).toBe(404);
  await expect(exitLink(page)).toHaveAttribute("href", QUICK_EXIT_URL);
});
