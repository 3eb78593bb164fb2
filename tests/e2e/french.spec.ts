// The site in French, as a francophone reader meets it, with JavaScript on and off, on a
// phone and a desktop: French pages under /fr with lang="fr-CA", the French quick exit,
// privacy notice and hotline bar, a language link after the quick exit that lands on the
// same page in the other language, French search with results on French pages, French
// Shift×3 announcements, a French 404, and the print layout in French.
// Every page's cheap checks (lang, alternates, no English interface text) are in crawl.spec.ts.
import { expect, test, type Page } from "@playwright/test";
import { en } from "../../lib/i18n/en";
import { fr } from "../../lib/i18n/fr";
import { NATIONAL_HOTLINE, QUICK_EXIT_URL } from "../../lib/site";
import { BOTH_VIEWPORTS, EXIT_STUB_TITLE, exitLink, isolate } from "./support";

const ENTRY = "/hotlines/canadian-human-trafficking-hotline";

async function frenchChrome(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  const exit = exitLink(page);
  await expect(exit).toHaveAccessibleName(fr.exit.accessibleName);
  await expect(exit).toHaveText(new RegExp(fr.exit.label));
  await expect(exit).toHaveAttribute("href", QUICK_EXIT_URL);
  await expect(exit).toBeInViewport();
  await expect(page.getByRole("complementary", { name: fr.privacy.label })).toContainText(fr.privacy.text);
  // The hotline bar, in Ontario's French style, still a one-tap E.164 link.
  await expect(page.locator(`.urgent-bar a[href="tel:${NATIONAL_HOTLINE.dial}"]`)).toContainText(fr.formatPhone(NATIONAL_HOTLINE.display));
}

/** The order in which Tab reaches two links, from the top of the page. */
async function tabOrder(page: Page, names: RegExp[]): Promise<number[]> {
  await page.locator("body").focus();
  const found = names.map(() => -1);
  for (let i = 0; i < 40 && found.includes(-1); i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute("aria-label") ?? ""} ${el.textContent ?? ""}` : "";
    });
    names.forEach((re, n) => {
      if (found[n] === -1 && re.test(name)) found[n] = i;
    });
  }
  return found;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a French entry page carries the French chrome, and the language link leads to its English twin and back", async ({ page, context, baseURL }) => {
      const offsite = await isolate(context, baseURL!);
      await page.goto(`/fr${ENTRY}`);
      await frenchChrome(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Ligne d['’]urgence canadienne contre la traite des personnes$/);

      const english = page.getByRole("link", { name: fr.language.otherName });
      await expect(english).toHaveAttribute("hreflang", "en");
      const [exitAt, languageAt] = await tabOrder(page, [new RegExp(fr.exit.accessibleName), new RegExp(fr.language.otherName)]);
      expect(exitAt).toBeGreaterThanOrEqual(0);
      expect(languageAt, "the language link comes after the quick exit").toBeGreaterThan(exitAt);

      await english.click();
      await expect(page).toHaveURL(new RegExp(`${ENTRY}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
      await page.getByRole("link", { name: en.language.otherName }).click();
      await expect(page).toHaveURL(new RegExp(`/fr${ENTRY}$`));
      expect(offsite).toEqual([]);
    });

    test("French search finds accented and unaccented words and links to French pages", async ({ page }) => {
      for (const q of ["hébergement", "hebergement"]) {
        await page.goto(`/fr/search?q=${encodeURIComponent(q)}`);
        await frenchChrome(page);
        const results = page.locator("main ol article h2 a, main ol article h3 a");
        await expect(results.first()).toBeVisible();
        const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
        expect(hrefs.length).toBeGreaterThan(0);
        expect(hrefs.filter((h) => !h.startsWith("/fr/")), q).toEqual([]);
      }
    });

    test("a danger phrase in French, with either apostrophe, puts 911 and the hotline first", async ({ page }) => {
      for (const q of ["il a pris mon passeport", "j’ai peur", "j'ai peur"]) {
        await page.goto(`/fr/search?q=${encodeURIComponent(q)}`);
        const urgent = page.getByRole("region", { name: fr.search.dangerHeading });
        await expect(urgent, q).toBeVisible();
        await expect(urgent.locator("a[href='tel:911']")).toBeVisible();
        await expect(urgent.locator(`a[href='tel:${NATIONAL_HOTLINE.dial}']`)).toBeVisible();
      }
    });

    test("an unknown French address answers 404 with the French page, quick exit and hotline", async ({ page }) => {
      const response = await page.goto("/fr/pas-une-page");
      expect(response?.status()).toBe(404);
      await frenchChrome(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr.notFound.title);
    });
  });
}

test("Shift pressed three times on a French page leaves, announcing the countdown in French", async ({ page, context, baseURL }) => {
  await isolate(context, baseURL!);
  await page.goto("/fr");
  await page.goto(`/fr${ENTRY}`);
  await page.waitForFunction(() => document.readyState === "complete");
  const status = page.getByRole("status").filter({ hasText: "Maj" });
  await page.keyboard.press("Shift");
  await expect(status).toHaveText(fr.exit.pressesLeft(2));
  await page.keyboard.press("Shift");
  await expect(status).toHaveText(fr.exit.pressesLeft(1));
  await page.keyboard.press("Shift");
  await expect(page).toHaveTitle(EXIT_STUB_TITLE);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe("/fr");
});

test("a French entry prints in French, without the quick exit or the navigation", BOTH_VIEWPORTS, async ({ page }) => {
  await page.goto(`/fr${ENTRY}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: fr.entry.reach })).toBeVisible();
  await expect(exitLink(page)).toBeHidden();
  await expect(page.getByRole("navigation", { name: fr.nav.label })).toBeHidden();
  await expect(page.locator("main")).toContainText(fr.formatPhone(NATIONAL_HOTLINE.display));
});
