// proxy.ts picks each request's policy from the build's CSP manifest: hashes for a
// prerendered page, a nonce for one rendered per request, and a 500 for every page when
// the manifest is missing or stale.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const HOME = "'sha256-aG9tZQ=='";
const SHARED = "'sha256-c2hhcmVk'";
const NOT_FOUND = "'sha256-NDA0'";
let dir: string;

function writeBuild(buildId: string, manifestBuildId: string | null) {
  fs.writeFileSync(path.join(dir, "BUILD_ID"), buildId);
  const file = path.join(dir, "csp-manifest.json");
  fs.rmSync(file, { force: true });
  if (manifestBuildId === null) return;
  const pages = {
    "/en": { scripts: [SHARED, HOME], styles: [] },
    "/en/hotlines": { scripts: [SHARED], styles: [] },
    "/fr/hotlines": { scripts: [SHARED], styles: [] },
    "/en/page-not-found": { scripts: [SHARED, NOT_FOUND], styles: [] },
    "/fr/page-not-found": { scripts: [SHARED, NOT_FOUND], styles: [] },
  };
  // The prerendered 404 pages the proxy answers unknown addresses with.
  for (const lang of ["en", "fr"]) {
    const html = path.join(dir, "server", "app", lang, "page-not-found.html");
    fs.mkdirSync(path.dirname(html), { recursive: true });
    fs.writeFileSync(html, `<html lang="${lang}-CA"><body>404 ${lang}</body></html>`);
  }
  const files = ["/open-data/services.json"];
  fs.writeFileSync(file, JSON.stringify({ buildId: manifestBuildId, pages, files, shared: { scripts: [SHARED], styles: [] } }));
}

/** A fresh copy of proxy.ts, so the manifest it caches is this test's. */
async function freshProxy() {
  vi.resetModules();
  return (await import("../../proxy")).proxy;
}

const get = async (url: string) => (await freshProxy())(new NextRequest(new URL(url, "http://localhost")));
const csp = (r: Response) => r.headers.get("content-security-policy") ?? "";

describe("proxy", () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "proxy-csp-"));
    vi.stubEnv("NEXT_DIST_DIR", dir);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("gives a prerendered page its own hashes, no nonce, and lets a CDN keep it", async () => {
    writeBuild("b1", "b1");
    const r = await get("/");
    expect(csp(r)).toContain(`script-src 'self' ${SHARED} ${HOME};`);
    expect(csp(r)).not.toMatch(/nonce|strict-dynamic|unsafe/);
    expect(r.headers.get("cache-control")).toBe("no-store, max-age=0");
    expect(r.headers.get("cdn-cache-control")).toBe("public, max-age=300");
  });

  it("sends a listing with filters to its per-request route, with a nonce", async () => {
    writeBuild("b1", "b1");
    const r = await get("/hotlines?region=toronto");
    expect(r.headers.get("x-middleware-rewrite")).toContain("/filtered/hotlines?region=toronto");
    expect(csp(r)).toMatch(new RegExp(`script-src 'self' 'nonce-[^']+' ${SHARED} 'strict-dynamic';`));
    expect(r.headers.get("cdn-cache-control")).toBeNull();
  });

  // The proxy decides policy, Next serves the bytes (from its own prerender cache).
  it("leaves a browser's request for a prerendered page to Next, with the page's hashes", async () => {
    writeBuild("b1", "b1");
    const r = await get("/hotlines");
    expect(new URL(r.headers.get("x-middleware-rewrite")!).pathname).toBe("/en/hotlines");
    expect(csp(r)).toContain(`script-src 'self' ${SHARED};`);
    expect(r.headers.get("cache-control")).toBe("no-store, max-age=0");
    expect(r.headers.get("cdn-cache-control")).toBe("public, max-age=300");
  });

  // A CDN that keys on the address alone would hand the RSC payload, or Next's redirect to
  // ?_rsc, to the next reader of the page: only the document may be kept.
  it.each<Record<string, string>>([{ rsc: "1" }, { "next-router-prefetch": "1" }])("gives a client router's request (%o) the CSP but nothing a CDN may keep", async (headers) => {
    writeBuild("b1", "b1");
    const r = (await freshProxy())(new NextRequest(new URL("/hotlines", "http://localhost"), { headers }));
    expect(new URL(r.headers.get("x-middleware-rewrite")!).pathname).toBe("/en/hotlines");
    expect(csp(r)).toContain(`script-src 'self' ${SHARED};`);
    expect(r.headers.get("cdn-cache-control")).toBeNull();
  });

  it.each<Record<string, string>>([{ "next-router-prefetch": "1" }, { purpose: "prefetch" }, {}])("runs for a page request with %o, so no HTML leaves without the CSP", async (headers) => {
    const { config } = await import("../../proxy");
    for (const url of ["http://localhost/fr", "http://localhost/hotlines", "http://localhost/"]) {
      expect(unstable_doesMiddlewareMatch({ config, url, headers }), url).toBe(true);
    }
    expect(unstable_doesMiddlewareMatch({ config, url: "http://localhost/_next/static/chunks/a.js" })).toBe(false);
  });

  it("serves an unfiltered listing prerendered, even on a client navigation (_rsc)", async () => {
    writeBuild("b1", "b1");
    const r = await get("/hotlines?_rsc=abc");
    expect(new URL(r.headers.get("x-middleware-rewrite")!).pathname).toBe("/en/hotlines");
    expect(csp(r)).not.toContain("nonce");
  });

  it("sends a French address to the French route, and the same listing with filters to its French per-request route", async () => {
    writeBuild("b1", "b1");
    expect(new URL((await get("/fr/hotlines")).headers.get("x-middleware-rewrite")!).pathname).toBe("/fr/hotlines");
    expect((await get("/fr/hotlines?region=toronto")).headers.get("x-middleware-rewrite")).toContain("/fr/filtered/hotlines?region=toronto");
  });

  it("gives search a fresh nonce per request", async () => {
    writeBuild("b1", "b1");
    const nonce = async () => /'nonce-([^']+)'/.exec(csp(await get("/search?q=x")))?.[1];
    expect(await nonce()).not.toBe(await nonce());
  });

  it.each([
    ["/no/such/page", "en"],
    ["/fr/no/such/page", "fr"],
    // The routes' own addresses and the open data under /fr are not pages.
    ["/en/hotlines", "en"],
    ["/filtered/hotlines", "en"],
    ["/fr/open-data/services.json", "fr"],
    ["/fr/page-not-found", "fr"],
  ])("answers %s with the %s 404 page, status 404, with that page's hashes", async (url, lang) => {
    writeBuild("b1", "b1");
    const r = await get(url);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain(`404 ${lang}`);
    expect(csp(r)).toContain(NOT_FOUND);
    expect(r.headers.get("x-middleware-rewrite")).toBeNull();
    expect(r.headers.get("cdn-cache-control")).toBeNull();
  });

  it.each([
    ["missing", null],
    ["stale", "b0"],
  ])("refuses every page when the manifest is %s", async (_what, manifestBuildId) => {
    writeBuild("b1", manifestBuildId);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const url of ["/", "/search?q=x", "/nope"]) {
      const r = await get(url);
      expect(r.status).toBe(500);
      expect(csp(r)).toBe("default-src 'none'");
    }
    expect(error.mock.calls[0][0]).toMatch(manifestBuildId ? /stale/ : /missing/);
    error.mockRestore();
  });
});
