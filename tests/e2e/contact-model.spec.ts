// What the contact model promises a reader, in a real browser on a phone with
// JavaScript off: a number is never broken across lines, the national hotline is one tap
// away even inside an entry we could not confirm, and paper keeps 911 and the hotline.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

test.use({ javaScriptEnabled: false });

const CONTENT = path.resolve(__dirname, "../../content");
const KINDS = ["hotlines", "services", "care-units", "coalitions", "legal-supports"];
type File = { path: string; text: string };
const files: File[] = KINDS.flatMap((kind) =>
  fs
    .readdirSync(path.join(CONTENT, kind))
    .filter((n) => n.endsWith(".md") && !n.endsWith(".fr.md") && !n.startsWith("_"))
    .map((n) => ({ path: `/${kind}/${n.replace(/\.md$/, "")}`, text: fs.readFileSync(path.join(CONTENT, kind, n), "utf8") })),
);
const HOTLINE = "ref: hotlines/canadian-human-trafficking-hotline";

/** Every phone number on the page that is drawn on more than one line. */
async function brokenNumbers(page: Page): Promise<string[]> {
  // A number's own box (.phone-number) or, in prose, its tel:/sms: link. A call button may
  // put its verb on one line and the number on the next; the number itself never breaks.
  return page.locator('.phone-number, .prose-body :is(a[href^="tel:"], a[href^="sms:"])').evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .filter((el) => {
        const tops = new Set(Array.from(el.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        const line = parseFloat(getComputedStyle(el).lineHeight) || 24;
        return tops.size > 1 || el.getBoundingClientRect().height > line * 1.5;
      })
      .map((el) => (el.textContent ?? "").trim()),
  );
}

for (const width of [320, 188]) {
  // 188 px is a 375 px phone at 200% zoom.
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 720 } });
    const pages = width === 320 ? files.flatMap((f) => [f.path, `/fr${f.path}`]) : ["/hotlines/kids-help-phone", "/fr/hotlines/kids-help-phone", "/care-units/durham-care-unit", "/fr/services/ontario-labour-trafficking-and-employment-standards"];
    test(`every phone number on ${pages.length} entry pages sits on one line`, async ({ page }) => {
      test.setTimeout(10 * 60_000);
      const broken: string[] = [];
      let numbers = 0;
      for (const p of pages) {
        const response = await page.goto(p);
        expect(response?.status(), p).toBe(200);
        numbers += await page.locator(".phone-number").count();
        for (const n of await brokenNumbers(page)) broken.push(`${p}: ${n}`);
        // An unbreakable number must not push the page sideways either.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (width === 320 && overflow > 0) broken.push(`${p}: the page is ${overflow} px wider than the screen`);
      }
      expect(numbers).toBeGreaterThan(pages.length);
      expect(broken).toEqual([]);
    });
  });
}

test("an unconfirmed entry that lists the hotline offers it as a working call", async ({ page }) => {
  const unconfirmed = files.filter((f) => /^status: unconfirmed/m.test(f.text) && f.text.includes(HOTLINE));
  expect(unconfirmed.length).toBeGreaterThan(0);
  for (const f of unconfirmed) {
    for (const p of [f.path, `/fr${f.path}`]) {
      await page.goto(p);
      const call = page.locator('main .contact-actions a[href="tel:+18339001010"]');
      await expect(call, p).toBeVisible();
      // The line's own item carries no "could not confirm".
      await expect(page.locator("main .contact-actions li").filter({ has: call }).locator(".not-one-tap"), p).toHaveCount(0);
    }
  }
});

test("a WhatsApp contact opens WhatsApp, never a phone call", async ({ page }) => {
  const whatsapp = files.filter((f) => /type: whatsapp/.test(f.text));
  expect(whatsapp.length).toBeGreaterThan(0);
  for (const f of whatsapp) {
    await page.goto(f.path);
    await expect(page.locator('main a[href^="https://wa.me/"]')).toContainText("WhatsApp");
    const tel = await page.locator('main a[href^="tel:"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(tel.filter((h) => h?.includes("6479712153"))).toEqual([]);
  }
});

for (const p of ["/fr/services/victim-services-algoma", "/fr/services", "/fr/regions/northeast", "/services/victim-services-algoma", "/regions/northeast"]) {
  test(`printing ${p} keeps 911 and the hotline's number`, async ({ page }) => {
    await page.goto(p);
    await expect(page.locator(".printed-help")).toBeHidden();
    await page.emulateMedia({ media: "print" });
    const help = page.locator(".printed-help");
    await expect(help).toBeVisible();
    await expect(help).toContainText("911");
    await expect(help).toContainText(p.startsWith("/fr") ? "1\u00a0833\u00a0900-1010" : "1-833-900-1010");
    await expect(page.locator(".urgent-bar")).toBeHidden();
  });
}
