// Which paths are pages (as English public paths; French ones are the same under /fr).
// proxy.ts answers every other path with the 404 page of its language, drawn in full:
// in Next 16 a notFound() thrown by a page serves an empty <body> in production
// (vercel/next.js#98295), so with JavaScript off that 404 would be blank, with no quick
// exit and no hotline.
import fs from "node:fs";
import path from "node:path";
import { KINDS } from "./content/taxonomies";
import type { Lang } from "./i18n/lang";
import { FILTERED_SEGMENT, NOT_FOUND_SEGMENT } from "./i18n/segments";
import { LOCAL_REGIONS } from "./content/places/regions";
import { serviceJsonPath } from "./open-data/ids";
import { ACCESSIBILITY_PATH, INFO_PATH, OPEN_DATA_PATH, REGIONS_PATH, SAFETY_PATH, SAFETY_SLUG, SHEET_PATH } from "./site";

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

let known: Set<string> | undefined;

// Paths stay statically scoped to content/ so the bundler traces only that folder.
function slugs(folder: string): string[] {
  const dir = path.join(process.cwd(), "content", folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith(".md") && !f.endsWith(".fr.md") && !f.startsWith("_")).map((f) => f.slice(0, -3));
}

export function knownPaths(): Set<string> {
  if (known) return known;
  const paths = ["/", "/search", INFO_PATH, SAFETY_PATH, SHEET_PATH, ACCESSIBILITY_PATH, OPEN_DATA_PATH, `${OPEN_DATA_PATH}/services.json`];
  paths.push(REGIONS_PATH, ...LOCAL_REGIONS.map((r) => `${REGIONS_PATH}/${r}`));
  for (const kind of KINDS) {
    paths.push(`/${kind}`, ...slugs(kind).flatMap((slug) => [`/${kind}/${slug}`, serviceJsonPath(kind, slug)]));
  }
  paths.push(...slugs("pages").filter((s) => s !== SAFETY_SLUG).map((s) => `${INFO_PATH}/${s}`));
  known = new Set(paths);
  return known;
}

/** A path without its trailing slashes, as knownPaths() and the CSP manifest list it. */
export function canonicalPath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, "") || "/" : pathname;
}

export function isKnownPath(pathname: string): boolean {
  return knownPaths().has(canonicalPath(pathname));
}
