// Which paths are pages: whatever Next prerendered (read from the build, through the CSP
// manifest), plus the few pages rendered per request. proxy.ts answers every other path
// with the 404 page of its language, drawn in full: a notFound() thrown by a page in
// production serves an empty <body> (vercel/next.js#98954, closed without a fix; the same
// empty body shows in Next's own test output in PR #80556), so with
// JavaScript off that 404 would be blank, with no quick exit and no hotline.
import { KINDS } from "./content/taxonomies";
import { isLang, type Lang } from "./lang";
import { FILTERED_SEGMENT, NOT_FOUND_SEGMENT } from "./i18n/segments";
import type { CspManifest } from "./security/csp-manifest";
import { SEARCH_PATH, SHEET_PATH } from "./site";

/**
 * A path no route matches (five segments; no route has more than four), so Next renders
 * app/global-not-found.tsx: the English 404, used when the language's 404 page was not built
 * (`next dev`).
 */
export const UNMATCHED_PATH = "/_/not/found/at/all";

/** The route of a language's 404 page (app/[lang]/page-not-found), which proxy.ts serves with status 404. */
export const notFoundRoute = (lang: Lang) => `/${lang}/${NOT_FOUND_SEGMENT}`;

/** Where a listing with filters is rendered per request (app/[lang]/filtered/[kind]). */
export const FILTERED_LISTING_PREFIX = `/${FILTERED_SEGMENT}`;

// Parameters that are not filters: Next's own cache-busting parameter on client navigations.
const NOT_FILTERS = new Set(["_rsc"]);

/**
 * The per-request route for a listing address that carries filters (/hotlines?region=x →
 * /filtered/hotlines), or undefined when the prerendered page answers it. Any parameter
 * counts, so a listing is prerendered only for the exact address it was built for.
 */
export function filteredListingPath(pathname: string, params: URLSearchParams): string | undefined {
  const kind = pathname.slice(1);
  if (!(KINDS as readonly string[]).includes(kind)) return undefined;
  return [...params.keys()].some((k) => !NOT_FILTERS.has(k)) ? `${FILTERED_LISTING_PREFIX}/${kind}` : undefined;
}

// Pages rendered per request: the build's manifest cannot list them. Every other page is
// known because Next prerendered it, so a new page under app/[lang] needs nothing here.
const PER_REQUEST = [SEARCH_PATH, SHEET_PATH];

/**
 * The page the CDN serves with a 503 for search, filtered listings and the sheet while every
 * instance is down (app/[lang]/unavailable, deploy/varnish/site.vcl): built, mirrored, never an address.
 */
export const UNAVAILABLE_SEGMENT = "unavailable";

// Prerendered routes that are not addresses: Next's own; the 404 page, which the proxy
// serves with a 404 status to every unknown address; and the outage page, which only the
// static mirror serves.
const NOT_ADDRESSES = new Set([NOT_FOUND_SEGMENT, UNAVAILABLE_SEGMENT]);
const notAnAddress = (route: string) => route.startsWith("/_") || NOT_ADDRESSES.has(route.split("/")[2]);

/**
 * Whether a route is an address of the site: `route` as the build names it, under its
 * language ("/en/hotlines", "/fr") or, for data, as is ("/open-data/services.json").
 */
export function isKnownRoute(built: Pick<CspManifest, "pages" | "files">, route: string): boolean {
  if (notAnAddress(route)) return false;
  if (built.pages[route] || built.files.includes(route)) return true;
  const { lang, path } = splitRoute(route);
  return lang !== undefined && PER_REQUEST.includes(path);
}

function splitRoute(route: string): { lang?: Lang; path: string } {
  const [, first, ...rest] = route.split("/");
  return isLang(first) ? { lang: first, path: `/${rest.join("/")}`.replace(/\/$/, "") || "/" } : { path: route };
}

/** Every English public address of a build (French ones are the same under /fr): for tests and scripts. */
export function knownPaths(built: Pick<CspManifest, "pages" | "files">): string[] {
  const pages = Object.keys(built.pages).filter((r) => r.startsWith("/en") && !notAnAddress(r)).map((r) => splitRoute(r).path);
  return [...new Set([...pages, ...PER_REQUEST, ...built.files.filter((f) => f.endsWith(".json"))])].sort();
}

/** A path without its trailing slashes, as the CSP manifest lists it. */
export function canonicalPath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, "") || "/" : pathname;
}
