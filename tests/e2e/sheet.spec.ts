// The referral sheet, JavaScript on and off: a worker ticks entries in a list and gets a
// sheet of them, in order, with every number written out; the QR code carries the sheet's
// own address; crafted addresses give a normal page; and nothing is stored anywhere.
import { expect, test, type Page } from "@playwright/test";
import { SITE_ORIGIN } from "../../lib/site";
import { isolate, storageIsEmpty } from "./support";
import { decodeQr, sheetUrl } from "./sheet-support";

const THREE = ["services/voice-found", "services/onwa-indigenous-anti-human-trafficking-liaisons", "hotlines/femaide"];
// A retrying locator: with JavaScript on, the address changes before the new page is drawn.
const sheetNames = (page: Page) => page.locator("main .sheet-entry h2");
const names = (page: Page) => sheetNames(page).allInnerTexts();

/** Presses Tab until the given control has focus: the keyboard alone, no clicks. */
async function tabTo(page: Page, name: RegExp | string) {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute("aria-label") ?? el.closest("label")?.textContent ?? el.textContent ?? "") : "";
    });
    if (typeof name === "string" ? focused.includes(name) : name.test(focused)) return;
  }
  throw new Error(`never reached ${name} with Tab`);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a worker ticks three entries and gets a sheet of them, in the list's order", async ({ page, context, baseURL }) => {
      const offsite = await isolate(context, baseURL!);
      await page.goto("/services?region=ottawa-area");
      const chosen = ["Voice Found", "Indigenous Anti-Human Trafficking Liaisons"];
      const listed = (await page.locator("main article h2").allInnerTexts()).filter((n) => chosen.includes(n));
      expect(listed).toHaveLength(2);
      for (const name of chosen) await page.getByRole("checkbox", { name: `Add to a referral sheet: ${name}` }).check();
      await page.getByRole("button", { name: "Make a sheet of the ticked entries" }).click();
      await expect(page).toHaveURL(/\/sheet\?e=/);
      await expect(sheetNames(page)).toHaveText(listed);

      // The third entry comes from the sheet's own form, added at the end.
      await page.getByLabel("Add an entry").selectOption("hotlines/femaide");
      await page.getByRole("button", { name: "Update the sheet" }).click();
      await expect(page.locator("main .sheet-entry")).toHaveCount(3);
      expect((await names(page))[2]).toBe("Fem'aide");

      const main = page.locator("main");
      // 911 and the hotline come before any entry.
      const urgentFirst = await page.evaluate(() => {
        const urgent = document.querySelector("main .urgent-help")!;
        const entry = document.querySelector("main .sheet-entry")!;
        return Boolean(urgent.compareDocumentPosition(entry) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(urgentFirst).toBe(true);
      await expect(main.locator(".urgent-help a[href='tel:911']")).toContainText("911");
      await expect(main.locator(".urgent-help a[href='tel:+18339001010']")).toContainText("1-833-900-1010");
      // Every number in full, the facts, the check date and the entry's address on this site.
      // An unconfirmed line is written out in full, but not as a one-tap call.
      const unsure = main.locator(".sheet-entry", { hasText: "Fem'aide" });
      await expect(unsure).toContainText("1-877-336-2433");
      await expect(unsure.locator("a[href='tel:+18773362433']")).toHaveCount(0);
      await expect(unsure.getByRole("note")).toContainText("Caution: Not confirmed");
      await expect(unsure).toContainText("Hotline");
      await expect(unsure).toContainText(/Details last checked against the sources: [A-Z][a-z]+ \d{1,2}, \d{4}/);
      await expect(unsure).toContainText(`${SITE_ORIGIN}/hotlines/femaide`);
      const voice = main.locator(".sheet-entry", { hasText: "Voice Found" });
      await expect(voice).toContainText("Who it is for");
      await expect(voice).toContainText("voicefound.ca");
      // It says that nothing is stored and that the address stays in history.
      await expect(main).toContainText("no cookies, no storage");
      await expect(main).toContainText("stays in your browser's history");

      expect(await context.cookies()).toEqual([]);
      if (javaScriptEnabled) expect(await storageIsEmpty(page)).toEqual({ cookies: "", local: 0, session: 0 });
      expect(offsite).toEqual([]);
    });

    test("the QR code decodes to the sheet's own address", async ({ page }) => {
      await page.goto(sheetUrl(THREE));
      const text = await decodeQr(page.getByRole("img", { name: "QR code of this sheet's address" }));
      expect(text).toBe(`${SITE_ORIGIN}${sheetUrl(THREE)}`);
      // That address opens the same sheet.
      await page.goto(new URL(text!).pathname + new URL(text!).search);
      await expect(sheetNames(page)).toHaveText(["Voice Found", "Indigenous Anti-Human Trafficking Liaisons", "Fem'aide"]);
      await expect(page.getByText(/Sheet made on [A-Z][a-z]+ \d{1,2}, \d{4}/)).toBeVisible();
    });

    test("an entry page starts a sheet with that entry", async ({ page }) => {
      await page.goto("/hotlines/femaide");
      await page.getByRole("button", { name: "Add to a referral sheet" }).click();
      await expect(page).toHaveURL(/\/sheet\?e=hotlines%2Ffemaide$/);
      await expect(sheetNames(page)).toHaveText(["Fem'aide"]);
    });
  });
}

test("search results make a sheet of the first results, in order", async ({ page }) => {
  await page.goto("/search?q=hotline");
  const results = await page.locator("main ol article h2").allInnerTexts();
  expect(results.length).toBeGreaterThan(3);
  await page.getByRole("link", { name: "Make a sheet of these results" }).click();
  await expect(sheetNames(page)).toHaveText(results.slice(0, 20));
});

test("a region page makes a sheet of its local help then the Ontario-wide lines, and its entries can be ticked", async ({ page }) => {
  await page.goto("/regions/toronto");
  const cards = await page.locator("main article h3").allInnerTexts();
  expect(cards.length).toBeGreaterThan(3);
  await page.getByRole("link", { name: "Make a sheet of these results" }).click();
  await expect(sheetNames(page)).toHaveText(cards.slice(0, 20));
  await page.goto("/regions/toronto");
  const chosen = [cards[0], cards.at(-1)!];
  for (const name of chosen) await page.getByRole("checkbox", { name: `Add to a referral sheet: ${name}` }).check();
  await page.getByRole("button", { name: "Make a sheet of the ticked entries" }).click();
  await expect(sheetNames(page)).toHaveText(chosen);
});

test("the keyboard alone ticks entries and makes the sheet", async ({ page }) => {
  await page.goto("/hotlines");
  const chosen = ["Fem'aide", "Kids Help Phone"];
  const listed = (await page.locator("main article h2").allInnerTexts()).filter((n) => chosen.includes(n));
  for (const name of listed) {
    await tabTo(page, `Add to a referral sheet: ${name}`);
    await page.keyboard.press("Space");
  }
  await tabTo(page, "Make a sheet of the ticked entries");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sheet\?/);
  await expect(sheetNames(page)).toHaveText(listed);
});
