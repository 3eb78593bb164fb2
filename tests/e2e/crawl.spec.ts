// Every page reachable from the home page, in two passes so the suite stays fast as the
// directory grows (hundreds of pages, two languages):
// - cheap, on every page, from the server's HTML: answers 200, sets no cookie, carries the
//   quick exit, the privacy notice and the hotline link, and loads nothing from another
//   origin; names its language, links its twin in the other language (a link and
//   hreflang alternates), and a French page shows no English interface string;
// - in the browser, on a sample (two pages of each template plus every entry variant:
//   unconfirmed, confidential location, network list, partners...): the exit in view,
//   axe (WCAG 2.2 AA), no storage, and no request to another origin.
import { expect, test } from "@playwright/test";
import { NATIONAL_HOTLINE, QUICK_EXIT_URL } from "../../lib/site";
import { en } from "../../lib/i18n/en";
import { fr } from "../../lib/i18n/fr";
import { englishIn } from "./french-strings";
import { axe } from "./sample";
import { BOTH_VIEWPORTS, axeSample, crawl, isolate, isFrench, storageIsEmpty, exitLink, templateSample } from "./support";

// Anything the browser would fetch by itself from another origin: scripts, styles,
// images, frames, fonts, preloads.
// (Plain <a href> links away are fine, and so are <link rel=canonical/alternate>: they load nothing.)
const OFFSITE_LOAD =
  /<(?:script|img|iframe|source|embed|object)\b[^>]*\bsrc="(?:https?:)?\/\/|<link\b(?=[^>]*\brel="(?:stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|apple-touch-icon|manifest)")[^>]*\bhref="(?:https?:)?\/\//i;

test("every page reachable from home answers with the quick exit, privacy notice and hotline, loading nothing off-site", async ({ request }) => {
  test.setTimeout(300_000);
  const paths = await crawl(request, 1000);
  // The listings, every entry, the regions, the information pages, in both languages: fewer means lost links.
  expect(paths.filter((p) => !isFrench(p)).length).toBeGreaterThan(120);
  expect(paths.filter(isFrench).length).toBeGreaterThan(120);
  const failures: string[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    const html = await response.text();
    const french = isFrench(path);
    const t = french ? fr : en;
    if (response.status() !== 200) failures.push(`${path}: HTTP ${response.status()}`);
    if (response.headers()["set-cookie"]) failures.push(`${path}: sets a cookie`);
    if (!html.includes(`href="${QUICK_EXIT_URL}"`) || !html.includes("data-quick-exit")) failures.push(`${path}: no quick exit`);
    if (!html.includes(`aria-label="${t.exit.accessibleName}"`)) failures.push(`${path}: the quick exit is not named in the page's language`);
    if (!html.includes(`aria-label="${t.privacy.label}"`) || !html.includes(htmlText(t.privacy.text))) failures.push(`${path}: no privacy notice in the page's language`);
    if (!html.includes(`href="tel:${NATIONAL_HOTLINE.dial}"`)) failures.push(`${path}: no hotline link`);
    const offsite = OFFSITE_LOAD.exec(html);
    if (offsite) failures.push(`${path}: loads from another origin: ${offsite[0].slice(0, 120)}`);
    failures.push(...languageProblems(path, html, french));
  }
  expect(failures).toEqual([]);
});

const htmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");

/** <html lang>, the link to the twin page, hreflang both ways plus x-default, and no English words on a French page. */
function languageProblems(path: string, html: string, french: boolean): string[] {
  const problems: string[] = [];
  const [pathname] = path.split("?");
  const english = french ? pathname.slice(3) || "/" : pathname;
  const twin = french ? english : english === "/" ? "/fr" : `/fr${english}`;
  // The deployment id (data-dpl-id) may come first among <html>'s attributes.
  if (!new RegExp(`<html\\b[^>]*\\slang="${french ? "fr-CA" : "en-CA"}"`).test(html)) problems.push(`${path}: <html lang> is not ${french ? "fr-CA" : "en-CA"}`);
  if (!new RegExp(`<a [^>]*href="${twin}"[^>]*hrefLang="${french ? "en" : "fr"}"`).test(html)) problems.push(`${path}: no language link to ${twin}`);
  for (const [lang, href] of [["en-CA", english], ["fr-CA", english === "/" ? "/fr" : `/fr${english}`], ["x-default", english]]) {
    const url = href === "/" ? "" : href;
    if (!new RegExp(`<link rel="alternate" hrefLang="${lang}" href="https?://[^/"]+${url}/?"`).test(html)) problems.push(`${path}: no hreflang ${lang} alternate`);
  }
  if (french) for (const s of englishIn(html)) problems.push(`${path}: English interface text "${s}"`);
  return problems;
}

// One test per sampled page, so the two workers share them and each has its own time.
// The sample is known before the server runs: every page's address (lib/routes.ts) in
// both languages, plus the addresses with a query (search, a filtered listing, a sheet).
for (const path of [...axeSample(templateSample(), 1)]) {
  // French pages share the English templates, which both viewports check: French text on the phone.
  test(`${path} is accessible and private in the browser`, isFrench(path) ? {} : BOTH_VIEWPORTS, async ({ page, context, baseURL }) => {
    const offsite = await isolate(context, baseURL!);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const exit = exitLink(page);
    await expect(exit).toHaveAttribute("href", QUICK_EXIT_URL);
    await expect(exit).toBeInViewport();
    const t = isFrench(path) ? fr : en;
    await expect(page.getByRole("complementary", { name: t.privacy.label })).toContainText(t.privacy.text);
    await expect(page.locator(`a[href="tel:${NATIONAL_HOTLINE.dial}"]`).first()).toBeVisible();
    const result = await axe(page);
    expect(result.violations.map((v) => `axe ${v.id} (${v.nodes.length}×) ${v.help}`)).toEqual([]);
    expect(await storageIsEmpty(page)).toEqual({ cookies: "", local: 0, session: 0 });
    expect((await context.cookies()).length, "cookies set").toBe(0);
    expect(offsite, "requests to other origins").toEqual([]);
  });
}
