// The place model: every community sits in a region, names resolve in their short,
// dotted, accented and French forms, a place search always keeps the province-wide
// lines, and region filters and counts stay right with the full place list.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../lib/content/load";
import type { Entry } from "../../lib/content/schema";
import { COMMUNITIES, LOCAL_REGIONS, PLACES, REGIONS, regionOf, regionsServed, servesRegion, servingTier } from "../../lib/content/places";
import { checkPlaces } from "../../lib/content/places/check";
import { findPlace, knownPlaceNames } from "../../lib/content/places/resolve";
import { createSearch } from "../../lib/search/engine";
import { applyFilters, facetsOf } from "../../lib/search/facets";
import { NO_FILTERS } from "../../lib/search/query";

const { content } = readContent(path.resolve(__dirname, "../../content"));
const site = createSearch(content.entries, content.searchLists);
const HOTLINE = "canadian-human-trafficking-hotline";

describe("the place list", () => {
  it("has no problems: every community in a region, every `within` a county of the same region, no id twice", () => {
    expect(checkPlaces()).toEqual([]);
    expect(new Set(PLACES).size).toBe(PLACES.length);
  });
  it("resolves every community by its name to itself, and so to its region", () => {
    for (const c of COMMUNITIES) {
      expect(findPlace(c.name)?.place, c.name).toBe(c.id);
      expect(LOCAL_REGIONS).toContain(regionOf(c.id));
    }
  });
  it("covers the places a reader names, in their common short forms", () => {
    const cases: [string, string, string][] = [
      ["Greater Sudbury", "greater-sudbury", "northeast"],
      ["Sudbury", "greater-sudbury", "northeast"],
      ["Grand Sudbury", "greater-sudbury", "northeast"],
      ["Cambridge", "cambridge", "kitchener-waterloo-barrie"],
      ["Six Nations", "six-nations", "hamilton-niagara"],
      ["St. Catharines", "st-catharines", "hamilton-niagara"],
      ["St Catharines", "st-catharines", "hamilton-niagara"],
      ["saint catharines", "st-catharines", "hamilton-niagara"],
      ["Sault Ste Marie", "sault-ste-marie", "northeast"],
      ["SAULT SAINTE-MARIE", "sault-ste-marie", "northeast"],
      ["Thunder Bay", "thunder-bay", "northwest"],
      ["Guelph", "guelph", "kitchener-waterloo-barrie"],
      ["London", "london", "london-area"],
      ["Sarnia", "sarnia", "windsor-sarnia"],
      // First Nations the sources name (organizations.md), in their short forms.
      ["Attawapiskat", "attawapiskat", "northwest"],
      ["Moose Factory", "moose-factory", "northeast"],
      ["Fort Albany", "fort-albany", "northeast"],
      ["Curve Lake", "curve-lake", "muskoka-kawarthas"],
      ["Alderville", "alderville", "muskoka-kawarthas"],
      ["Kettle Point", "kettle-and-stony-point", "windsor-sarnia"],
      ["Windsor", "windsor", "windsor-sarnia"],
      ["Scarborough", "toronto", "toronto"],
      ["Peel Region", "peel", "peel"],
      ["Northwestern Ontario", "northwest", "northwest"],
      ["Nord-Ouest de l’Ontario", "northwest", "northwest"],
    ];
    for (const [name, place, region] of cases) {
      expect(findPlace(name)?.place, name).toBe(place);
      expect(regionOf(place), name).toBe(region);
    }
  });
  it("prefers the longest name and keeps the other words for the text search", () => {
    expect(findPlace("Hamilton Township")?.place).toBe("hamilton-township");
    expect(findPlace("housing in St Catharines")).toEqual({ place: "st-catharines", rest: "housing in" });
    expect(findPlace("Ontario hotline")).toBeUndefined();
    expect(findPlace("tiny house")).toBeUndefined();
    expect(findPlace("Tiny")?.place).toBe("tiny");
  });
  it("names no two places the same way", () => {
    expect(knownPlaceNames().size).toBeGreaterThan(COMMUNITIES.length);
  });
});

describe("what serves a place", () => {
  it("ranks the place itself, then its county, its region, then Ontario-wide", () => {
    expect(servingTier(["guelph"], "guelph")).toBe(0);
    expect(servingTier(["wellington-county"], "guelph")).toBe(1);
    expect(servingTier(["kitchener-waterloo-barrie"], "guelph")).toBe(2);
    expect(servingTier(["ontario"], "guelph")).toBe(3);
    expect(servingTier(["london"], "guelph")).toBeUndefined();
    // A region is served by what serves any place inside it.
    expect(servingTier(["guelph"], "kitchener-waterloo-barrie")).toBe(0);
  });
  it("always brings back the national hotline, for every place, after the local entries", () => {
    for (const place of PLACES.filter((p) => p !== "canada" && p !== "ontario")) {
      const c = COMMUNITIES.find((x) => x.id === place);
      const name = c?.name ?? findNameOf(place);
      const r = site.search(name, NO_FILTERS);
      const slugs = r.results.map((e) => e.slug);
      expect(slugs, name).toContain(HOTLINE);
      expect(slugs.indexOf(HOTLINE), name).toBeGreaterThanOrEqual(r.localCount);
      for (const e of r.results.slice(0, r.localCount)) expect(servingTier(e.service_areas, r.place!), `${name}: ${e.slug}`).toBeLessThan(3);
    }
  });
  it("finds local help first where there is some", () => {
    const r = site.search("Thunder Bay", NO_FILTERS);
    expect(r.place).toBe("thunder-bay");
    expect(r.localCount).toBeGreaterThan(0);
    const guelph = site.search("Guelph", NO_FILTERS);
    expect(guelph.results.map((e) => e.slug)).toContain(HOTLINE);
  });
  it("puts unconfirmed entries after confirmed ones in each group", () => {
    for (const q of ["Thunder Bay", "Toronto", "Ottawa", "trafficking", "housing"]) {
      const r = site.search(q, NO_FILTERS);
      for (const group of [r.results.slice(0, r.localCount), r.results.slice(r.localCount)]) {
        const firstUnsure = group.findIndex((e) => e.status !== "active");
        if (firstUnsure >= 0) expect(group.slice(firstUnsure).every((e) => e.status !== "active"), q).toBe(true);
      }
    }
  });
});

function findNameOf(region: string): string {
  for (const [name, id] of knownPlaceNames()) if (id === region) return name;
  throw new Error(`no name for ${region}`);
}

describe("region filters and counts with the full place list", () => {
  // One synthetic entry per place, plus pairs, so every region is counted alone and with another.
  const base = content.entries[0];
  const entries = [
    ...PLACES.map((p) => ({ ...base, service_areas: [p] })),
    ...PLACES.map((p, i) => ({ ...base, service_areas: [p, PLACES[(i * 7 + 3) % PLACES.length]] })),
  ] as Entry[];
  const table = entries.map(facetsOf);
  const all = [...entries.keys()];

  it("counts each region exactly as a direct check does", () => {
    const { counts } = applyFilters(table, all, NO_FILTERS);
    for (const region of REGIONS) {
      expect(counts.region[region], region).toBe(entries.filter((e) => regionsServed(e.service_areas).includes(region)).length);
    }
  });
  it("filters each region exactly as a direct check does", () => {
    for (const region of REGIONS) {
      const { kept } = applyFilters(table, all, { ...NO_FILTERS, region });
      const expected = entries.flatMap((e, i) => (servesRegion(e, region) ? [i] : []));
      expect(kept, region).toEqual(expected);
    }
  });
});
