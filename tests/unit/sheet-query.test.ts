// The referral sheet's address is typed, pasted or crafted by anyone: parsing keeps the
// chosen order, drops unknown and repeated entries with a count (never the raw value),
// keeps at most MAX_SHEET_ENTRIES, ignores every other parameter, and never throws.
import { describe, expect, it } from "vitest";
import { MAX_SHEET_ENTRIES, normalizeId, parseSheetParams, sheetPath } from "../../lib/sheet/query";

const KNOWN = new Set(["hotlines/femaide", "hotlines/kids-help-phone", "services/voice-found", "care-units/toronto-care-unit", "legal-supports/human-trafficking-prosecution-team"]);
const exists = (id: string) => KNOWN.has(id);
const parse = (params: unknown) => parseSheetParams(params, exists);
const none = { unknown: 0, duplicates: 0, overLimit: 0 };

describe("parseSheetParams", () => {
  it("keeps the chosen order", () => {
    const e = ["services/voice-found", "hotlines/femaide", "care-units/toronto-care-unit"];
    expect(parse({ e })).toEqual({ ids: e, notices: none });
    expect(parse({ e: [...e].reverse() }).ids).toEqual([...e].reverse());
  });

  it("takes a single value as a one-entry sheet", () => {
    expect(parse({ e: "hotlines/femaide" })).toEqual({ ids: ["hotlines/femaide"], notices: none });
  });

  it("drops duplicates after the first, and counts them", () => {
    const r = parse({ e: ["hotlines/femaide", "services/voice-found", "hotlines/femaide", "HOTLINES/FEMAIDE "] });
    expect(r.ids).toEqual(["hotlines/femaide", "services/voice-found"]);
    expect(r.notices).toEqual({ unknown: 0, duplicates: 2, overLimit: 0 });
  });

  it("drops unknown, malformed and hostile values, and counts them", () => {
    const hostile = [
      "hotlines/no-such-entry", "nowhere/femaide", "hotlines", "/hotlines/femaide", "hotlines/femaide/extra", "hotlines/../services/voice-found",
      "hotlines%2Ffemaide", "<script>alert(1)</script>", "hotlines/femaide\u0000", "__proto__/constructor", "x".repeat(5000),
    ];
    const r = parse({ e: ["hotlines/kids-help-phone", ...hostile] });
    expect(r.ids).toEqual(["hotlines/kids-help-phone"]);
    expect(r.notices).toEqual({ unknown: hostile.length, duplicates: 0, overLimit: 0 });
  });

  it("ignores empty values (the add menu left on its first option) without a notice", () => {
    expect(parse({ e: ["", "services/voice-found", "  "] })).toEqual({ ids: ["services/voice-found"], notices: none });
  });

  it(`keeps at most ${MAX_SHEET_ENTRIES} entries and counts the rest`, () => {
    const many = Array.from({ length: 25 }, (_, i) => `services/entry-${i}`);
    const r = parseSheetParams({ e: many }, () => true);
    expect(r.ids).toEqual(many.slice(0, MAX_SHEET_ENTRIES));
    expect(r.notices).toEqual({ unknown: 0, duplicates: 0, overLimit: 5 });
  });

  it("reads a bounded number of values from a huge address", () => {
    const huge = Array.from({ length: 50_000 }, () => "hotlines/femaide");
    let checks = 0;
    const r = parseSheetParams({ e: huge }, (id) => (checks++, exists(id)));
    expect(r.ids).toEqual(["hotlines/femaide"]);
    expect(checks).toBeLessThanOrEqual(100);
    expect(r.notices.duplicates + r.notices.overLimit).toBe(huge.length - 1);
  });

  it("ignores every other parameter, and never throws on junk", () => {
    expect(parse({ q: "x", kind: "hotlines", E: "hotlines/femaide", "e[]": "hotlines/femaide" })).toEqual({ ids: [], notices: none });
    for (const junk of [undefined, null, "e=hotlines/femaide", 42, [], { e: 42 }, { e: [null, {}, ["hotlines/femaide"]] }, { e: { toString: () => "hotlines/femaide" } }]) {
      const r = parse(junk);
      expect(r.ids).toEqual([]);
    }
    expect(parse(Object.create({ e: "hotlines/femaide" })).ids).toEqual([]);
  });
});

describe("normalizeId and sheetPath", () => {
  it("accept only <kind>/<slug> as the site writes it", () => {
    expect(normalizeId(" Hotlines/Femaide ")).toBe("hotlines/femaide");
    expect(normalizeId("hotlines/-femaide")).toBeUndefined();
    expect(normalizeId("hotlines/femaide-")).toBeUndefined();
    expect(normalizeId("hotlines/fem aide")).toBeUndefined();
  });

  it("build the sheet's own address from the kept ids only, in order", () => {
    expect(sheetPath([])).toBe("/sheet");
    expect(sheetPath(["services/voice-found", "hotlines/femaide"])).toBe("/sheet?e=services/voice-found&e=hotlines/femaide");
    expect(sheetPath(["hotlines/femaide", "javascript:alert(1)", "x/../y"])).toBe("/sheet?e=hotlines/femaide");
  });
});
