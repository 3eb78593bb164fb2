// The static mirror: every prerendered page in both languages, the 404 pages, the outage
// page, the open data and the static files, written as files any static host or object
// store can serve, with the headers the live site sends for each (its own CSP, no-store for
// page HTML, the site's security headers). Read from a build folder, never from a server,
// so it can be exported wherever the build is. Addresses map to files the way
// deploy/varnish/site.vcl asks for them: "/" → /index.html, "/x" → /x.html, "/fr/x" → /fr/x.html.
import fs from "node:fs";
import path from "node:path";
import { UNAVAILABLE_SEGMENT } from "../../lib/routes";
import { NOT_FOUND_SEGMENT } from "../../lib/i18n/segments";
import { htmlFileOf, readCspManifest } from "../../lib/security/csp-manifest";
import { JSON_CONTENT_SECURITY_POLICY, OPEN_DATA_CACHE_CONTROL, securityHeaders, staticContentSecurityPolicy } from "../../lib/security/headers";
import { bodyFileOf } from "./standalone";

export const PAGE_CACHE_CONTROL = "no-store, max-age=0";
const STATIC_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** One page of the mirror: the address the live site has it at, the file, and what it is. */
export type MirrorPage = { address: string; file: string; route: string; kind: "page" | "404" | "unavailable"; csp: string };
export type Mirror = { dir: string; site: string; pages: MirrorPage[]; dataFiles: string[]; buildId: string };

const SECURITY = Object.fromEntries(securityHeaders.map((h) => [h.key, h.value]));

function pageOf(route: string, csp: string): MirrorPage {
  const [, lang, segment] = route.split("/");
  const address = route.replace(/^\/en(?=\/|$)/, "") || "/";
  const file = address === "/" ? "/index.html" : `${address}.html`;
  const kind = segment === NOT_FOUND_SEGMENT ? "404" : segment === UNAVAILABLE_SEGMENT ? "unavailable" : "page";
  return { address: kind === "page" ? address : `(${lang} ${kind})`, file, route, kind, csp };
}

const write = (file: string, data: string | Buffer) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
};

/** Writes the mirror of the build in `distPath` into `outDir` (site/, with _headers; mirror-headers.conf and pages.json beside it). */
export function exportMirror(distPath: string, outDir: string): Mirror {
  const manifest = readCspManifest(distPath);
  const site = path.join(outDir, "site");
  fs.rmSync(outDir, { recursive: true, force: true });
  const headers = new Map<string, Record<string, string>>();

  const pages = Object.entries(manifest.pages)
    .filter(([route]) => !route.startsWith("/_"))
    .map(([route, hashes]) => pageOf(route, staticContentSecurityPolicy(hashes)))
    .sort((a, b) => a.file.localeCompare(b.file));
  for (const page of pages) {
    write(path.join(site, page.file), fs.readFileSync(htmlFileOf(distPath, page.route)));
    headers.set(page.file, { "Content-Security-Policy": page.csp, "Cache-Control": PAGE_CACHE_CONTROL, ...SECURITY });
  }
  // The name most static hosts serve for an unknown address.
  const english404 = pages.find((p) => p.kind === "404" && p.route.startsWith("/en/"));
  if (english404) {
    fs.copyFileSync(path.join(site, english404.file), path.join(site, "404.html"));
    headers.set("/404.html", headers.get(english404.file)!);
  }
  for (const route of manifest.files) {
    write(path.join(site, route), fs.readFileSync(bodyFileOf(distPath, route)));
    headers.set(route, { "Content-Security-Policy": JSON_CONTENT_SECURITY_POLICY, "Cache-Control": OPEN_DATA_CACHE_CONTROL, ...SECURITY });
  }
  fs.cpSync(path.join(distPath, "static"), path.join(site, "_next", "static"), { recursive: true });
  headers.set("/_next/static/*", { "Content-Security-Policy": JSON_CONTENT_SECURITY_POLICY, "Cache-Control": STATIC_CACHE_CONTROL, ...SECURITY });

  write(path.join(site, "_headers"), netlifyHeaders(headers, pages));
  write(path.join(outDir, "mirror-headers.conf"), nginxHeaders(headers));
  write(path.join(outDir, "pages.json"), `${JSON.stringify({ buildId: manifest.buildId, pages, dataFiles: manifest.files }, null, 1)}\n`);
  return { dir: outDir, site, pages, dataFiles: manifest.files, buildId: manifest.buildId };
}

// The _headers format of Netlify and Cloudflare Pages: a path, then its headers indented.
// A page is listed under its file and under its address, as such hosts serve it at both.
function netlifyHeaders(headers: Map<string, Record<string, string>>, pages: MirrorPage[]): string {
  const addressOf = new Map(pages.filter((p) => p.kind === "page").map((p) => [p.file, p.address]));
  const block = (p: string, h: Record<string, string>) => [p, ...Object.entries(h).map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  return [...headers].flatMap(([file, h]) => [block(file, h), ...(addressOf.has(file) ? [block(addressOf.get(file)!, h)] : [])]).join("\n\n") + "\n";
}

// nginx: a map from file to its CSP and Cache-Control, and the fixed headers; `always` so a 404 carries them too.
function nginxHeaders(headers: Map<string, Record<string, string>>): string {
  const exact = [...headers].filter(([file]) => !file.endsWith("*"));
  const map = (name: string, header: string) =>
    [`map $uri $${name} {`, `  default "${headers.get("/_next/static/*")![header]}";`, ...exact.map(([file, h]) => `  "${file}" "${h[header]}";`), "}"].join("\n");
  return [
    "# Written by npm run export:mirror for deploy/nginx/mirror.conf: the same headers as the live site, per file.",
    map("mirror_csp", "Content-Security-Policy"),
    map("mirror_cache_control", "Cache-Control"),
    `add_header Content-Security-Policy $mirror_csp always;`,
    `add_header Cache-Control $mirror_cache_control always;`,
    ...Object.entries(SECURITY).map(([k, v]) => `add_header ${k} "${v}" always;`),
    "",
  ].join("\n");
}
