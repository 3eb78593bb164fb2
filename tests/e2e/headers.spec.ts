// Security and privacy headers on every kind of page, and a CSP nonce that matches
// every script the page carries.
import { expect, test } from "@playwright/test";

const PAGE_TYPES = ["/", "/hotlines", "/hotlines/canadian-human-trafficking-hotline", "/learn/what-is-human-trafficking", "/safety", "/search?q=housing", "/open-data", "/no-such-page"];

for (const path of PAGE_TYPES) {
  test(`headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    const h = response.headers();
    expect(response.status()).toBe(path === "/no-such-page" ? 404 : 200);
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
    expect(Object.keys(h).filter((k) => k.startsWith("x-nextjs"))).toEqual([]);

    const csp = h["content-security-policy"];
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();

    const html = await response.text();
    // A JSON-LD data block is never executed, so it needs no nonce (entry pages carry one).
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('type="application/ld+json"'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
  });
}

test("every request gets a fresh nonce", async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/")).headers()["content-security-policy"])?.[1];
  expect(await nonce()).not.toBe(await nonce());
});

test("hashed static assets are cached, page HTML is not", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  const h = (await request.get(asset!)).headers();
  expect(h["cache-control"]).toContain("immutable");
  expect(h["x-content-type-options"]).toBe("nosniff");
});
