// Security and privacy headers on every kind of page, each under its real policy:
// prerendered pages allow exactly the hashes of their inline scripts; pages rendered per
// request carry a fresh nonce on every script.
import { expect, test, type APIResponse } from "@playwright/test";

import { inlineHashes } from "../../lib/security/inline-hashes";
import { TEMPLATES } from "../../scripts/lib/pages";
import { builtPaths } from "./support";

const STATIC_PAGES = TEMPLATES.filter((t) => t.served === "prerendered").map((t) => t.path);
const DYNAMIC_PAGES = TEMPLATES.filter((t) => t.served === "per request").map((t) => t.path);
const NOT_FOUND = TEMPLATES.find((t) => t.served === "404")!.path;

function scriptSources(csp: string): string[] {
  return (csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "").split(/\s+/).slice(1);
}

function checkCommonHeaders(response: APIResponse, status: number) {
  const h = response.headers();
  expect(response.status()).toBe(status);
  expect(h["referrer-policy"]).toBe("no-referrer");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  expect(h["cross-origin-resource-policy"]).toBe("same-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["permissions-policy"]).toContain("geolocation=()");
  expect(h["cache-control"]).toContain("no-store");
  expect(h["set-cookie"]).toBeUndefined();
  expect(h["x-powered-by"]).toBeUndefined();
  // Next marks a prerendered response for its client router; nothing else of Next's leaks.
  expect(Object.keys(h).filter((k) => k.startsWith("x-nextjs") && !["x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"].includes(k))).toEqual([]);

  const csp = h["content-security-policy"];
  for (const directive of ["default-src 'none'", "img-src 'self' data:", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  return csp;
}

for (const path of [...STATIC_PAGES, NOT_FOUND]) {
  test(`prerendered ${path}: headers, and a hash for every inline script`, async ({ request }) => {
    const response = await request.get(path);
    const csp = checkCommonHeaders(response, path === NOT_FOUND ? 404 : 200);
    expect(csp).not.toContain("'nonce-");
    expect(csp).not.toContain("strict-dynamic");
    expect(response.headers()["cdn-cache-control"]).toBe(path === NOT_FOUND ? undefined : "public, max-age=300");

    const html = await response.text();
    const sources = scriptSources(csp);
    const { scripts, styles } = inlineHashes(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const hash of scripts) expect(sources, `inline script ${hash}`).toContain(hash);
    // Only this page's hashes: nothing else inline is allowed.
    expect(sources.filter((s) => s.startsWith("'sha256-")).sort()).toEqual([...scripts].sort());
    expect(styles).toEqual([]);
    // External scripts come from this origin only.
    for (const [, src] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) expect(src).toMatch(/^\/_next\/static\//);
  });
}

for (const path of DYNAMIC_PAGES) {
  test(`per request ${path}: headers, and the nonce on every script`, async ({ request }) => {
    const response = await request.get(path);
    const csp = checkCommonHeaders(response, 200);
    expect(response.headers()["cdn-cache-control"]).toBeUndefined();
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");

    const html = await response.text();
    const sources = scriptSources(csp);
    const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(tags.length).toBeGreaterThan(0);
    // A script without the nonce runs only if it is inline and its hash is listed (the layout's own).
    for (const [tag, attributes, body] of tags) {
      if (attributes.includes(`nonce="${nonce}"`)) continue;
      expect(attributes, tag.slice(0, 120)).not.toMatch(/\ssrc=/);
      expect(sources, tag.slice(0, 120)).toContain(inlineHashes(`<script>${body}</script>`).scripts[0]);
    }
  });
}

// Every page of the site, not one per type: a page added later (a region, a French twin)
// is checked the day it exists, with nothing to list here.
test("every page is served under a policy that allows exactly its own inline scripts", async ({ request }) => {
  const checked: string[] = [];
  for (const path of builtPaths()) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const csp = response.headers()["content-security-policy"];
    const html = await response.text();
    const sources = scriptSources(csp);
    // Attributes no policy here allows: they would be blocked (or need 'unsafe-hashes').
    expect(html, path).not.toMatch(/<[^>]+\s(?:style|on[a-z]+)="/);
    if (csp.includes("'nonce-")) continue; // per request: checked above
    for (const hash of inlineHashes(html).scripts) expect(sources, `${path}: ${hash}`).toContain(hash);
    checked.push(path);
  }
  expect(checked.length).toBeGreaterThan(40);
});

test("every page rendered per request gets a fresh nonce", async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/search?q=housing")).headers()["content-security-policy"])?.[1];
  expect(await nonce()).not.toBe(await nonce());
});

test("a prerendered page is the same bytes under the same policy for everyone", async ({ request }) => {
  const [a, b] = [await request.get("/hotlines"), await request.get("/hotlines")];
  expect(a.headers()["content-security-policy"]).toBe(b.headers()["content-security-policy"]);
  expect(await a.text()).toBe(await b.text());
});

// The proxy answers a browser with a prerendered page's HTML itself; Next's client router
// asks the same address for the RSC payload (an RSC header and a cache-busting _rsc
// parameter, empty for a request with no router state), which must still come from Next.
test("a prerendered address answers HTML to a browser and the RSC payload to Next's router, under the same policy", async ({ request }) => {
  const [html, rsc] = [await request.get("/hotlines"), await request.get("/hotlines?_rsc", { headers: { RSC: "1" } })];
  expect(html.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(await html.text()).toContain("<html");
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  expect(await rsc.text()).not.toContain("<html");
  for (const r of [html, rsc]) expect(r.headers()["vary"]).toMatch(/\brsc\b.*next-router-state-tree/);
  expect(rsc.headers()["content-security-policy"]).toBe(html.headers()["content-security-policy"]);
});

// A prefetch header once made the proxy skip the request: /fr answered HTML with no CSP.
// And a CDN that keys on the address alone must find nothing it may keep in a router answer.
test("every HTML answer carries the CSP whatever the request's headers; only a document may be kept by a CDN", async ({ request }) => {
  for (const headers of [{ "Next-Router-Prefetch": "1" }, { Purpose: "prefetch" }, { RSC: "1" }, {}] as Record<string, string>[]) {
    for (const path of ["/", "/fr", "/hotlines", "/fr/services/victim-services-algoma"]) {
      const r = await request.get(path, { headers, maxRedirects: 0 });
      const label = `${path} ${JSON.stringify(headers)}: ${r.status()}`;
      expect(r.status(), label).toBeLessThan(500);
      expect(r.headers()["content-security-policy"], label).toContain("script-src");
      const document = !("RSC" in headers) && !("Next-Router-Prefetch" in headers);
      if (!document || r.status() !== 200) expect(r.headers()["cdn-cache-control"], label).toBeUndefined();
      else expect(r.headers()["cdn-cache-control"], label).toBe("public, max-age=300");
    }
  }
});

test("a listing with filters is rendered per request, filtered; without, it is the prerendered page", async ({ request }) => {
  const all = await (await request.get("/services")).text();
  const ottawa = await request.get("/services?region=ottawa-area");
  const filtered = await ottawa.text();
  expect(ottawa.headers()["content-security-policy"]).toContain("'nonce-");
  for (const html of [all, filtered]) expect(html).toContain("Voice Found");
  expect(all).toContain(">Toronto Police Service</a>");
  expect(filtered).not.toContain(">Toronto Police Service</a>");
  // The filter form shows what was chosen, so the per-request page got the address's filters.
  expect(filtered).toMatch(/<option[^>]*value="ottawa-area"[^>]*selected/);
});

test("a listing's internal per-request route is not an address of its own", async ({ request }) => {
  expect((await request.get("/filtered/hotlines?region=toronto")).status()).toBe(404);
});

test("hashed static assets are cached, page HTML is not", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  const h = (await request.get(asset!)).headers();
  expect(h["cache-control"]).toContain("immutable");
  expect(h["x-content-type-options"]).toBe("nosniff");
});
