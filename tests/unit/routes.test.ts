// Which addresses are pages comes from the build: whatever Next prerendered, plus the few
// pages rendered per request. So a page added under app/[lang] is an address the day it
// is built, with no list to update, and an address the build lacks gets the 404 page.
import { describe, expect, it } from "vitest";
import { isKnownRoute, knownPaths } from "../../lib/routes";

const hashes = { scripts: [], styles: [] };
const built = {
  pages: Object.fromEntries(["/en", "/fr", "/en/hotlines", "/fr/hotlines", "/en/page-not-found", "/fr/page-not-found", "/_not-found", "/_global-error"].map((r) => [r, hashes])),
  files: ["/icon.svg", "/open-data/services.json"],
};

describe("known addresses", () => {
  it("are the prerendered pages in each language", () => {
    for (const route of ["/en", "/fr", "/en/hotlines", "/fr/hotlines"]) expect(isKnownRoute(built, route), route).toBe(true);
    expect(isKnownRoute(built, "/en/services")).toBe(false);
  });

  it("include a page the build adds, with nothing else to register", () => {
    const later = { ...built, pages: { ...built.pages, "/en/learn/labour-trafficking": hashes, "/fr/learn/labour-trafficking": hashes } };
    expect(isKnownRoute(built, "/en/learn/labour-trafficking")).toBe(false);
    expect(isKnownRoute(later, "/en/learn/labour-trafficking")).toBe(true);
    expect(knownPaths(later)).toContain("/learn/labour-trafficking");
  });

  it("include the pages rendered per request, in both languages", () => {
    for (const route of ["/en/search", "/fr/search", "/en/sheet", "/fr/sheet"]) expect(isKnownRoute(built, route), route).toBe(true);
  });

  it("never include the 404 page, the outage page or Next's own routes as addresses", () => {
    const withOutage = { ...built, pages: { ...built.pages, "/en/unavailable": hashes, "/fr/unavailable": hashes } };
    for (const route of ["/en/page-not-found", "/fr/page-not-found", "/en/unavailable", "/fr/unavailable", "/_not-found", "/_global-error"]) {
      expect(isKnownRoute(withOutage, route), route).toBe(false);
    }
    expect(knownPaths(withOutage)).not.toContain("/unavailable");
  });

  it("include the open data once, not under a language", () => {
    expect(isKnownRoute(built, "/open-data/services.json")).toBe(true);
    expect(isKnownRoute(built, "/fr/open-data/services.json")).toBe(false);
    expect(knownPaths(built)).toEqual(["/", "/hotlines", "/open-data/services.json", "/search", "/sheet"]);
  });
});
