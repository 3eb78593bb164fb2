// The HTML Next prerendered at build time, read from the build folder once. proxy.ts
// sends only the 404 page's bytes itself: a rewrite cannot set a status, and notFound()
// serves an empty body (lib/routes.ts). Every other page is Next's to serve.
import fs from "node:fs";
import { htmlFileOf } from "./security/csp-manifest";

const cache = new Map<string, Uint8Array<ArrayBuffer> | null>();
const encoder = new TextEncoder();

/** The prerendered HTML of a route (e.g. "/en/hotlines") in the build at `distPath`; undefined if it has none. */
export function prerenderedHtml(distPath: string, route: string): Uint8Array<ArrayBuffer> | undefined {
  const key = `${distPath}\0${route}`;
  if (!cache.has(key)) {
    const file = htmlFileOf(distPath, route);
    cache.set(key, fs.existsSync(file) ? encoder.encode(fs.readFileSync(file, "utf8")) : null);
  }
  return cache.get(key) ?? undefined;
}

// The headers Next's client router sends when it asks for a page's RSC payload instead
// of its HTML (a client navigation or a prefetch): policy differs for them (no CDN copy).
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];

/** Whether a request asks for a page's HTML, as a browser's address bar or a plain link does. */
export function wantsDocument(request: { method: string; headers: Headers; nextUrl: URL }): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  return !request.nextUrl.searchParams.has("_rsc") && !ROUTER_HEADERS.some((h) => request.headers.has(h));
}
