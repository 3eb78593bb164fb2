// The CSP hash manifest: for every page Next prerendered, the hashes of its inline
// scripts and styles, tied to one build by its BUILD_ID. Written after `next build`
// (scripts/csp-manifest.ts), read by proxy.ts and checked by `next start` (next.config.ts).
// A missing or stale manifest is an error, never a page whose scripts the browser blocks.
import fs from "node:fs";
import path from "node:path";
import { commonToAll, inlineHashes, type InlineHashes } from "./inline-hashes";

export const CSP_MANIFEST_FILE = "csp-manifest.json";

export type CspManifest = {
  buildId: string;
  /** Prerendered route (under its language, e.g. "/en/hotlines", "/fr") → hashes of that page's inline elements. */
  pages: Record<string, InlineHashes>;
  /** Prerendered routes that answer with a file of their own, not HTML (the open data's JSON, the icon). */
  files: string[];
  /** Inline scripts on every page of a language (its layout's), both languages together: pages rendered per request carry them too. */
  shared: InlineHashes;
};

// The 500 page replaces the root layout, so it does not count towards what every page shares.
const NOT_LAYOUT_PAGES = new Set(["/_global-error"]);

type PrerenderManifest = { routes: Record<string, { routeType?: string; dataRoute?: string | null }> };

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;
const buildIdOf = (distPath: string) => fs.readFileSync(path.join(distPath, "BUILD_ID"), "utf8").trim();

/** Where Next wrote a prerendered app page's HTML. */
export function htmlFileOf(distPath: string, route: string): string {
  return path.join(distPath, "server", "app", `${route === "/" ? "/index" : route}.html`);
}

/** Hashes every prerendered page of the build in `distPath`; throws if a page's HTML is missing. */
export function buildCspManifest(distPath: string): CspManifest {
  const { routes } = readJson<PrerenderManifest>(path.join(distPath, "prerender-manifest.json"));
  const pages: Record<string, InlineHashes> = {};
  const files: string[] = [];
  const missing: string[] = [];
  for (const [route, info] of Object.entries(routes)) {
    // Route handlers (icon.svg, the open data) answer with their own body, not HTML.
    if (info.routeType ? info.routeType !== "page" : !info.dataRoute) {
      files.push(route);
      continue;
    }
    const file = htmlFileOf(distPath, route);
    if (!fs.existsSync(file)) missing.push(`${route} (${file})`);
    else pages[route] = inlineHashes(fs.readFileSync(file, "utf8"));
  }
  if (missing.length) throw new Error(`prerendered pages without HTML, so their scripts cannot be hashed:\n  ${missing.join("\n  ")}`);
  return { buildId: buildIdOf(distPath), pages, files: files.sort(), shared: sharedByLanguage(pages) };
}

// What every page of one language shares (the quick-exit script's words differ by
// language, so nothing script-wise is common to all); pages rendered per request may carry
// either language's, so the shared list is the union.
function sharedByLanguage(pages: Record<string, InlineHashes>): InlineHashes {
  const groups = new Map<string, InlineHashes[]>();
  for (const [route, hashes] of Object.entries(pages)) {
    if (NOT_LAYOUT_PAGES.has(route)) continue;
    const lang = route.split("/")[1] ?? "";
    groups.set(lang, [...(groups.get(lang) ?? []), hashes]);
  }
  const union = (kind: keyof InlineHashes) => [...new Set([...groups.values()].flatMap((g) => commonToAll(g, kind)))];
  return { scripts: union("scripts"), styles: union("styles") };
}

export function writeCspManifest(distPath: string): CspManifest {
  const manifest = buildCspManifest(distPath);
  fs.writeFileSync(path.join(distPath, CSP_MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/** The manifest of the build in `distPath`, or an error saying what is wrong and how to fix it. */
export function readCspManifest(distPath: string): CspManifest {
  const file = path.join(distPath, CSP_MANIFEST_FILE);
  const fix = "run `npm run build` (it writes the manifest after `next build`), or `npm run csp:manifest` after a bare `next build`";
  if (!fs.existsSync(file)) throw new Error(`CSP manifest ${file} is missing: ${fix}`);
  const manifest = readJson<CspManifest>(file);
  const buildId = buildIdOf(distPath);
  if (manifest.buildId !== buildId) {
    throw new Error(`CSP manifest ${file} is stale: it is for build ${manifest.buildId}, the build is ${buildId}; ${fix}`);
  }
  return manifest;
}
