// The CSP hash manifest: hashes match the browser's (the CSP spec's own example), every
// prerendered page is hashed, and a missing or stale manifest is an error, never a
// silently weaker or broken policy.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCspManifest, readCspManifest, writeCspManifest } from "../../lib/security/csp-manifest";
import { hashSource, inlineHashes } from "../../lib/security/inline-hashes";

const LAYOUT_SCRIPT = "(self.__next_f=self.__next_f||[]).push([0])";

/** A fake build folder: BUILD_ID, a prerender manifest and one HTML file per page. */
function fakeBuild(dir: string, pages: Record<string, string>, buildId = "build-1") {
  fs.writeFileSync(path.join(dir, "BUILD_ID"), buildId);
  const routes = Object.fromEntries(Object.keys(pages).map((r) => [r, { routeType: "page", dataRoute: `${r}.rsc` }]));
  routes["/icon.svg"] = { routeType: "route", dataRoute: null } as never;
  fs.writeFileSync(path.join(dir, "prerender-manifest.json"), JSON.stringify({ routes }));
  for (const [route, html] of Object.entries(pages)) {
    const file = path.join(dir, "server", "app", `${route === "/" ? "/index" : route}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, html);
  }
}

const page = (own: string) => `<html><head><script src="/_next/static/a.js" async=""></script></head><body><script>${LAYOUT_SCRIPT}</script><script>${own}</script></body></html>`;

describe("inline hashes", () => {
  it("match the CSP spec's example hash", () => {
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it("hash inline scripts and styles, not external scripts, each once", () => {
    const html = `${page("a()")}<script>a()</script><style>p{color:red}</style><script id="x" type="module">b()</script>`;
    const { scripts, styles } = inlineHashes(html);
    expect(scripts).toEqual([hashSource(LAYOUT_SCRIPT), hashSource("a()"), hashSource("b()")]);
    expect(styles).toEqual([hashSource("p{color:red}")]);
  });

  it("hash what the parser sees: CR LF becomes LF", () => {
    expect(inlineHashes("<script>a()\r\nb()</script>").scripts).toEqual([hashSource("a()\nb()")]);
  });
});

describe("the manifest", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "csp-manifest-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("lists every prerendered page and the scripts all pages of a language share", () => {
    // Each language's layout has its own quick-exit script (its words differ).
    const french = (own: string) => page(own).replace("<body>", "<body><script>exitFr()</script>");
    const english = (own: string) => page(own).replace("<body>", "<body><script>exitEn()</script>");
    fakeBuild(dir, { "/en": english("home()"), "/en/hotlines": english("list()"), "/fr": french("home()"), "/fr/hotlines": french("list()"), "/_global-error": "<script>err()</script>" });
    const m = buildCspManifest(dir);
    expect(Object.keys(m.pages).sort()).toEqual(["/_global-error", "/en", "/en/hotlines", "/fr", "/fr/hotlines"]);
    expect(m.pages["/fr/hotlines"].scripts).toEqual([hashSource("exitFr()"), hashSource(LAYOUT_SCRIPT), hashSource("list()")]);
    // A page rendered per request may be in either language, so both layouts' scripts are
    // shared; no page's own script is. The 500 page has no layout: it does not empty the list.
    expect([...m.shared.scripts].sort()).toEqual([hashSource("exitEn()"), hashSource("exitFr()"), hashSource(LAYOUT_SCRIPT)].sort());
    expect(m.buildId).toBe("build-1");
  });

  it("refuses a build whose prerendered page has no HTML", () => {
    fakeBuild(dir, { "/": page("home()") });
    const routes = { "/": { routeType: "page" }, "/gone": { routeType: "page" } };
    fs.writeFileSync(path.join(dir, "prerender-manifest.json"), JSON.stringify({ routes }));
    expect(() => buildCspManifest(dir)).toThrow(/\/gone/);
  });

  it("is read back for the same build", () => {
    fakeBuild(dir, { "/": page("home()") });
    const written = writeCspManifest(dir);
    expect(readCspManifest(dir)).toEqual(written);
  });

  it("fails loudly when missing", () => {
    fakeBuild(dir, { "/": page("home()") });
    expect(() => readCspManifest(dir)).toThrow(/missing/);
  });

  it("fails loudly when it belongs to another build", () => {
    fakeBuild(dir, { "/": page("home()") });
    writeCspManifest(dir);
    fs.writeFileSync(path.join(dir, "BUILD_ID"), "build-2");
    expect(() => readCspManifest(dir)).toThrow(/stale.*build-1.*build-2/);
  });
});
