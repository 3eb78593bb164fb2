// Runs before every page: a fresh nonce per request, put in the CSP that the browser
// enforces and that Next reads to stamp its own scripts (Next's documented pattern).
import { NextResponse, type NextRequest } from "next/server";
import { isKnownPath, UNMATCHED_PATH } from "./lib/routes";
import { isOpenDataJson } from "./lib/open-data/http";
import { contentSecurityPolicy, JSON_CONTENT_SECURITY_POLICY, OPEN_DATA_CACHE_CONTROL } from "./lib/security/headers";

export function proxy(request: NextRequest) {
  // The open data is JSON, not a page: no nonce, a CSP that allows nothing, and a cache
  // policy for data (the other security headers still come from next.config.ts).
  if (isOpenDataJson(request.nextUrl.pathname) && isKnownPath(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", JSON_CONTENT_SECURITY_POLICY);
    response.headers.set("Cache-Control", OPEN_DATA_CACHE_CONTROL);
    return response;
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  // Unknown pages go to the unmatched route, whose 404 is rendered in full (see lib/routes.ts).
  const response = isKnownPath(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : NextResponse.rewrite(withPath(request, UNMATCHED_PATH), { request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Page HTML is never stored: a shared phone's cache should not hold what was read.
  response.headers.set("Cache-Control", "no-store, max-age=0");
  return response;
}

// nextUrl keeps Next's own idea of the origin, so the rewrite stays internal.
function withPath(request: NextRequest, pathname: string) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = "";
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
