// Runs before every page and picks its Content-Security-Policy:
// - a page Next prerendered gets the hashes of its own inline scripts from the build's
//   CSP manifest (lib/security/csp-manifest.ts): no nonce, no render, the same bytes for all;
// - a page rendered per request (search, filtered listings) gets a fresh nonce, put in the
//   CSP the browser enforces and in the request, where Next reads it to stamp its scripts.
// Without a manifest for this build, every page is refused with a 500: a page whose
// scripts the browser would block (quick exit included) is never served.
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { canonicalPath, filteredListingPath, isKnownPath, NOT_FOUND_ROUTE, UNMATCHED_PATH } from "./lib/routes";
import { isOpenDataJson } from "./lib/open-data/http";
import { readCspManifest, type CspManifest } from "./lib/security/csp-manifest";
import { contentSecurityPolicy, JSON_CONTENT_SECURITY_POLICY, OPEN_DATA_CACHE_CONTROL, staticContentSecurityPolicy } from "./lib/security/headers";

const dev = process.env.NODE_ENV === "development";
let manifest: CspManifest | undefined;

// Read once; a failed read is retried on the next request rather than remembered. The
// build folder is read at run time, not bundled: the ignore comment keeps Turbopack from
// tracing the whole project into the proxy's output.
function loadManifest(): CspManifest {
  manifest ??= readCspManifest(path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next"));
  return manifest;
}

export function proxy(request: NextRequest) {
  const pathname = canonicalPath(request.nextUrl.pathname);
  const known = isKnownPath(pathname);
  // The open data is JSON, not a page: a CSP that allows nothing, and a cache policy for
  // data (the other security headers still come from next.config.ts).
  if (known && isOpenDataJson(pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", JSON_CONTENT_SECURITY_POLICY);
    response.headers.set("Cache-Control", OPEN_DATA_CACHE_CONTROL);
    return response;
  }
  const filtered = known ? filteredListingPath(pathname, request.nextUrl.searchParams) : undefined;
  // Unknown pages go to the unmatched route, whose 404 is rendered in full (see lib/routes.ts).
  const target = !known ? UNMATCHED_PATH : filtered;
  const staticRoute = !known ? NOT_FOUND_ROUTE : filtered ? undefined : pathname;

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

  const hashes = staticRoute ? built?.pages[staticRoute] : undefined;
  const response = hashes ? staticResponse(request, target, hashes, known) : dynamicResponse(request, target, built);
  // Page HTML is never stored by a browser: a shared phone's cache should not hold what was read.
  response.headers.set("Cache-Control", "no-store, max-age=0");
  return response;
}

function staticResponse(request: NextRequest, target: string | undefined, hashes: CspManifest["pages"][string], known: boolean) {
  const response = target ? NextResponse.rewrite(withPath(request, target)) : NextResponse.next();
  response.headers.set("Content-Security-Policy", staticContentSecurityPolicy(hashes));
  // The same bytes for everyone until the next deploy: a CDN in front may keep them for a
  // few minutes (RFC 9213). Not 404s: a page added by the next deploy must not stay missing.
  if (known) response.headers.set("CDN-Cache-Control", "public, max-age=300");
  return response;
}

function dynamicResponse(request: NextRequest, target: string | undefined, built: CspManifest | undefined) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, dev, built?.shared.scripts);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = target ? NextResponse.rewrite(withPath(request, target), { request: { headers } }) : NextResponse.next({ request: { headers } });
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

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
