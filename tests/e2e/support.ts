// Shared helpers for the browser tests: a local stand-in for the quick exit's neutral
// site (nothing may reach the internet), a guard that records any request leaving this
// origin, and a crawl that finds every page reachable from the home page.
import path from "node:path";
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { readContent } from "../../lib/content/load";
import { knownPaths } from "../../lib/routes";
import { readCspManifest } from "../../lib/security/csp-manifest";
import { QUICK_EXIT_URL } from "../../lib/site";

export const EXIT_STUB_TITLE = "Weather stub";

/**
 * Tags the checks whose outcome depends on the screen (layout, axe, print, what stays in
 * view): the desktop project runs only these (playwright.config.ts). Behaviour (search,
 * the sheet, the exit's logic, headers, CSP) is the same on every screen, so it runs once,
 * on the phone, the site's first audience.
 */
export const BOTH_VIEWPORTS = { tag: "@both-viewports" };

/** Serves the neutral site locally and fails every other off-site request, recording it. */
export async function isolate(context: BrowserContext, baseURL: string): Promise<string[]> {
  const offsite: string[] = [];
  const exitOrigin = new URL(QUICK_EXIT_URL).origin;
  await context.route(
    (url) => url.origin !== new URL(baseURL).origin,
    (route) => {
      const url = route.request().url();
      if (url.startsWith(exitOrigin)) {
        return route.fulfill({ contentType: "text/html", body: `<!doctype html><title>${EXIT_STUB_TITLE}</title><h1>Weather</h1>` });
      }
      offsite.push(url);
      return route.abort();
    },
  );
  return offsite;
}

/** Every same-origin page reachable from "/" by links, as paths (query strings kept). */
export async function crawl(request: APIRequestContext, limit = 200): Promise<string[]> {
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length && seen.size < limit) {
    const path = queue.shift()!;
    const html = await (await request.get(path)).text();
    for (const [, href] of html.matchAll(/<a[^>]+href="([^"]+)"/g)) {
      const decoded = href.replace(/&amp;/g, "&");
      if (!decoded.startsWith("/") || decoded.startsWith("//") || decoded.startsWith("/#")) continue;
      const clean = decoded.split("#")[0];
      // The open data's .json files are data, not pages: open-data.spec.ts checks them.
      if (clean.split("?")[0].endsWith(".json")) continue;
      if (!seen.has(clean)) {
        seen.add(clean);
        queue.push(clean);
      }
    }
  }
  return [...seen].sort();
}

export async function storageIsEmpty(page: Page) {
  return page.evaluate(() => ({ cookies: document.cookie, local: localStorage.length, session: sessionStorage.length }));
}

/** The visible quick exit in the sticky bar (the skip-link copy only shows on focus), in either language. */
export function exitLink(page: Page) {
  return page.getByRole("link", { name: /emergency exit|sortie d’urgence/ });
}

/** The language of a public path: French pages are the English paths under /fr. */
export const isFrench = (p: string) => p === "/fr" || p.startsWith("/fr/") || p.startsWith("/fr?");

/** A page's template: its path with the variable segments named, query strings apart; French pages are their own templates. */
export function templateOf(p: string): string {
  const [full, query] = p.split("?");
  const french = isFrench(full);
  const pathname = french ? full.slice(3) || "/" : full;
  const shape = (french ? "/fr" : "") + pathname
    .replace(/^\/(hotlines|services|care-units|coalitions|legal-supports)\/[^/]+$/, "/<kind>/<slug>")
    .replace(/^\/(hotlines|services|care-units|coalitions|legal-supports)$/, "/<kind>")
    .replace(/^\/(learn|regions)\/[^/]+$/, "/$1/<slug>");
  return query ? `${shape}?…` : shape;
}

// Entries whose page renders differently: each is checked in full, whatever the sample.
function variantPaths(): Set<string> {
  const { content } = readContent(path.resolve(__dirname, "../../content"));
  const picks = [
    (e: (typeof content.entries)[number]) => e.status === "unconfirmed" && e.phones.length > 0,
    (e: (typeof content.entries)[number]) => e.status === "unconfirmed" && e.phones.length === 0,
    (e: (typeof content.entries)[number]) => e.location_confidential,
    (e: (typeof content.entries)[number]) => Boolean(e.lists_network),
    (e: (typeof content.entries)[number]) => "partners" in e,
    (e: (typeof content.entries)[number]) => e.led_by.length > 0 && e.minimum_age !== undefined,
    (e: (typeof content.entries)[number]) => Boolean(e.chat),
    (e: (typeof content.entries)[number]) => e.phones.some((p) => p.type === "text"),
  ];
  const paths = picks.flatMap((pick) => content.entries.filter(pick).slice(0, 1)).map((e) => `/${e.kind}/${e.slug}`);
  // In French, the variants whose words differ most: the two cautions of an unconfirmed entry.
  return new Set([...paths, ...paths.slice(0, 2).map((p) => `/fr${p}`)]);
}

/** The pages axe checks: the first `perTemplate` of each template (one of each French one), and every variant. */
export function axeSample(paths: string[], perTemplate = 2): Set<string> {
  const seen = new Map<string, number>();
  const sample = variantPaths();
  for (const p of paths) {
    const t = templateOf(p);
    const n = seen.get(t) ?? 0;
    // French pages share the English markup: one of each French template is enough.
    if (n < (isFrench(p) ? 1 : perTemplate)) sample.add(p);
    seen.set(t, n + 1);
  }
  return sample;
}

/**
 * Every page address of the site in both languages, known without a server (the open
 * data's JSON aside), plus one address of each template that takes a query.
 */
export function templateSample(): string[] {
  const pages = builtPaths().filter((p) => !p.endsWith(".json"));
  pages.push("/search?q=housing", "/hotlines?region=toronto", "/sheet?e=hotlines/femaide&e=services/voice-found");
  return [...pages, ...pages.map((p) => (p === "/" ? "/fr" : `/fr${p}`))];
}

/** Every English address of the build under test (French ones are the same under /fr), as the proxy knows them. */
export function builtPaths(): string[] {
  return knownPaths(readCspManifest(path.resolve(__dirname, "../..", process.env.NEXT_DIST_DIR || ".next")));
}
