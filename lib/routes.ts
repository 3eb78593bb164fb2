// Which paths are pages. proxy.ts uses this to send unknown paths to Next's unmatched-
// route 404, because in Next 16 a notFound() thrown by a page serves an empty <body>
// in production (vercel/next.js#98295): with JavaScript off that 404 would be blank,
// with no quick exit and no hotline. An unmatched URL renders not-found.tsx in full.
import fs from "node:fs";
import path from "node:path";
import { KINDS } from "./content/taxonomies";
import { ACCESSIBILITY_PATH, INFO_PATH, SAFETY_PATH, SAFETY_SLUG, SHEET_PATH } from "./site";

/** A path no route matches (three segments), so Next renders app/not-found.tsx. */
export const UNMATCHED_PATH = "/_/not/found";

let known: Set<string> | undefined;

// Paths stay statically scoped to content/ so the bundler traces only that folder.
function slugs(folder: string): string[] {
  const dir = path.join(process.cwd(), "content", folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith(".md") && !f.startsWith("_")).map((f) => f.slice(0, -3));
}

export function knownPaths(): Set<string> {
  if (known) return known;
  const paths = ["/", "/search", INFO_PATH, SAFETY_PATH, SHEET_PATH, ACCESSIBILITY_PATH];
  for (const kind of KINDS) {
    paths.push(`/${kind}`, ...slugs(kind).map((slug) => `/${kind}/${slug}`));
  }
  paths.push(...slugs("pages").filter((s) => s !== SAFETY_SLUG).map((s) => `${INFO_PATH}/${s}`));
  known = new Set(paths);
  return known;
}

export function isKnownPath(pathname: string): boolean {
  return knownPaths().has(pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname);
}
