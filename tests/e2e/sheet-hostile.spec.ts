// Crafted sheet addresses: each gives a normal page (never a 500), shows only the entries
// asked for by their exact id, says what was left out without echoing it, and a forged
// Host header never reaches the QR code.
import { expect, test } from "@playwright/test";
import { allEntryIds, sheetUrl } from "./sheet-support";

const FEMAIDE = "hotlines/femaide";
const CASES: { name: string; path: string; entries: string[]; notice?: RegExp }[] = [
  { name: "no entries", path: "/sheet", entries: [] },
  { name: "an unknown entry", path: "/sheet?e=hotlines/no-such-line", entries: [], notice: /1 entry in the address was not found/ },
  { name: "a duplicate", path: `/sheet?e=${FEMAIDE}&e=${FEMAIDE}&e=HOTLINES/FEMAIDE`, entries: ["Fem'aide"], notice: /2 entries were listed twice/ },
  { name: "path tricks", path: "/sheet?e=hotlines/femaide/../../services/voice-found&e=../../etc/passwd&e=services/voice-found%00", entries: [], notice: /3 entries/ },
  { name: "an unknown kind", path: "/sheet?e=admin/femaide&e=hotlines", entries: [], notice: /2 entries/ },
  { name: "markup in a value", path: `/sheet?e=${encodeURIComponent("<script>alert(1)</script>")}&e=${FEMAIDE}`, entries: ["Fem'aide"], notice: /1 entry/ },
  { name: "junk parameters", path: `/sheet?q=x&e[]=${FEMAIDE}&E=${FEMAIDE}&e=&kind=hotlines&__proto__=1`, entries: [] },
  { name: "broken percent-encoding", path: `/sheet?e=%E0%A4%A&e=${FEMAIDE}&e=%`, entries: ["Fem'aide"] },
  { name: "a long address", path: `/sheet?${Array.from({ length: 300 }, () => `e=${FEMAIDE}`).join("&")}`, entries: ["Fem'aide"] },
];

// The addresses are only read, so one page opens each in turn; each is its own step,
// named in any failure.
test("every crafted sheet address gives a normal page", async ({ page }) => {
  for (const c of CASES) {
    await test.step(`a sheet address with ${c.name}`, async () => {
      const response = await page.goto(c.path);
      expect(response?.status()).toBe(200);
      // Nothing is stored: no cookie, and the page itself is not kept in any cache.
      expect(response?.headers()["set-cookie"]).toBeUndefined();
      expect(response?.headers()["cache-control"]).toContain("no-store");
      await expect(page.locator("main h1")).toHaveText("Referral sheet");
      await expect(page.locator(".urgent-bar [data-quick-exit]")).toBeVisible();
      expect(await page.locator("main .sheet-entry h2").allInnerTexts()).toEqual(c.entries);
      if (c.notice) await expect(page.getByRole("note").filter({ hasText: "left out" })).toContainText(c.notice);
      const html = await page.content();
      expect(html).not.toContain("<script>alert(1)");
      expect(html).not.toContain("etc/passwd");
    });
  }
});

test("more than 20 entries: the first 20 are shown, the rest counted", async ({ page }) => {
  const ids = allEntryIds();
  expect(ids.length).toBeGreaterThan(20);
  expect((await page.goto(sheetUrl(ids)))?.status()).toBe(200);
  await expect(page.locator("main .sheet-entry")).toHaveCount(20);
  await expect(page.getByRole("note").filter({ hasText: "left out" })).toContainText(`A sheet holds up to 20 entries: ${ids.length - 20} more`);
});

test("a forged Host header never reaches the page or its QR code", async ({ request }) => {
  const path = sheetUrl([FEMAIDE, "services/voice-found"]);
  const honest = await (await request.get(path)).text();
  const forged = await request.get(path, { headers: { host: "evil.example", "x-forwarded-host": "evil.example", forwarded: "host=evil.example" } });
  expect(forged.status()).toBe(200);
  const html = await forged.text();
  expect(html).not.toContain("evil.example");
  const svg = (s: string) => /<svg[^>]*viewBox="0 0 \d+ \d+"[\s\S]*?<\/svg>/.exec(s)?.[0];
  expect(svg(html)).toBeTruthy();
  expect(svg(html)).toBe(svg(honest));
});
