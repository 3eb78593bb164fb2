// Runs before every request and decides two things:
// - which route draws it: a public address (/hotlines, /fr/hotlines) is rewritten to its
//   language's route under app/[lang] (/en/hotlines, /fr/hotlines); an address that is not
//   a page is answered here with its language's prerendered 404 page and a 404 status
//   (a rewrite cannot set the status; see lib/routes.ts);
// - its Content-Security-Policy: a page Next prerendered gets the hashes of its own
//   inline scripts from the build's CSP manifest (lib/security/csp-manifest.ts): no nonce,
//   no render, the same bytes for all, which Next serves from its own prerender cache; a
//   page rendered per request (search, filtered listings, the 404) gets a fresh nonce, put
//   in the CSP the browser enforces and in the request, where Next reads it to stamp its
//   scripts. The proxy decides policy, never bytes, except the 404 body (see below).
// Without a manifest for this build, every page is refused with a 500: a page whose
// scripts the browser would block (quick exit included) is never served.
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { canonicalPath, filteredListingPath, isKnownRoute, notFoundRoute, UNMATCHED_PATH } from "./lib/routes";
import { internalPath, splitLocale, type Lang } from "./lib/lang";
import { isOpenDataJson } from "./lib/open-data/http";
import { prerenderedHtml, wantsDocument } from "./lib/prerendered-html";
import { readCspManifest, type CspManifest } from "./lib/security/csp-manifest";
import { contentSecurityPolicy, JSON_CONTENT_SECURITY_POLICY, OPEN_DATA_CACHE_CONTROL, staticContentSecurityPolicy } from "./lib/security/headers";

const dev = process.env.NODE_ENV === "development";
let manifest: CspManifest | undefined;

// Read once; a failed read is retried on the next request rather than remembered. The
// build folder is read at run time, not bundled: the ignore comment keeps Turbopack from
// tracing the whole project into the proxy's output.
const distDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next");

function loadManifest(): CspManifest {
  manifest ??= readCspManifest(distDir());
  return manifest;
}

export function proxy(request: NextRequest) {
  const pathname = canonicalPath(request.nextUrl.pathname);
  const { lang, path: page } = splitLocale(pathname);

  let built: CspManifest | undefined;
  if (!dev) {
    try {
      built = loadManifest();
    } catch (e) {
      console.error(`proxy: refusing to serve ${pathname}: ${e instanceof Error ? e.message : e}`);
      return new NextResponse("This site was built without its security manifest, so no page is served.\n", {
        status: 500,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store, max-age=0", "Content-Security-Policy": "default-src 'none'" },
      });
    }
  }

  // The open data is JSON, not a page, and exists once: never under /fr.
  const json = isOpenDataJson(page);
  // An address is known when the build has it (lib/routes.ts); `next dev` builds on demand.
  const known = built ? isKnownRoute(built, json ? pathname : internalPath(page, lang)) : true;
  // A CSP that allows nothing, and a cache policy for data (the other security headers
  // still come from next.config.ts).
  if (known && json) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", JSON_CONTENT_SECURITY_POLICY);
    response.headers.set("Cache-Control", OPEN_DATA_CACHE_CONTROL);
    return response;
  }
  const filtered = known ? filteredListingPath(page, request.nextUrl.searchParams) : undefined;
  const target = !known ? UNMATCHED_PATH : internalPath(filtered ?? page, lang);
  // Prerendered: every known page but filtered listings, search and the sheet (not in the manifest).
  const staticRoute = known && !filtered ? target : undefined;

  const missing = !known && built ? notFoundResponse(built, lang) : undefined;
  const hashes = staticRoute ? built?.pages[staticRoute] : undefined;
  const response = missing ?? (hashes ? staticResponse(request, target, hashes) : dynamicResponse(request, target, built));
  // Page HTML is never stored by a browser: a shared phone's cache should not hold what was read.
  response.headers.set("Cache-Control", "no-store, max-age=0");
  return response;
}

function staticResponse(request: NextRequest, target: string, hashes: CspManifest["pages"][string]) {
  const response = NextResponse.rewrite(withPath(request, target));
  response.headers.set("Content-Security-Policy", staticContentSecurityPolicy(hashes));
  // The same bytes for everyone until the next deploy: a CDN in front may keep them for a
  // few minutes (RFC 9213). Only a browser's request for the page itself: never the RSC
  // payload or the redirect Next's router gets at the same address (a CDN that ignores
  // Vary would hand those to the next reader), and never a 404, which a deploy may fill.
  if (wantsDocument(request)) response.headers.set("CDN-Cache-Control", "public, max-age=300");
  return response;
}

// The 404 page of the address's language, with its own hashes. Not for HEAD's sake alone:
// the body is the page a reader who mistyped an address needs (search, 911, the hotline).
function notFoundResponse(built: CspManifest, lang: Lang) {
  const html = prerenderedHtml(distDir(), notFoundRoute(lang));
  const hashes = built.pages[notFoundRoute(lang)];
  if (!html || !hashes) return undefined;
  return new NextResponse(html, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": staticContentSecurityPolicy(hashes) },
  });
}

function dynamicResponse(request: NextRequest, target: string, built: CspManifest | undefined) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, dev, built?.shared.scripts);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.rewrite(withPath(request, target), { request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// nextUrl keeps Next's own idea of the origin, so the rewrite stays internal. A listing's
// filters go along; the 404's address keeps nothing of what was asked.
function withPath(request: NextRequest, pathname: string) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  if (pathname === UNMATCHED_PATH) url.search = "";
  return url;
}

// Every request but hashed static files passes here, prefetches included: an HTML answer
// without the CSP must never leave, whatever headers came with the request.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
