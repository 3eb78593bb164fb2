// The HSDS 3.1 export: every entry validates against Open Referral's schemas (and a
// strict copy that rejects unknown fields), ids are stable UUIDs, and the mapping carries
// the entry's own facts: status, verification date, 24/7 hours, phones as published.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import type { Entry } from "../../lib/content/schema";
import { toHsdsService, toHsdsServices } from "../../lib/open-data/hsds";
import { organizationId, serviceId } from "../../lib/open-data/ids";
import { hsdsValidator, officialExample } from "./hsds-validator";

const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const entries = loadContent(path.join(ROOT, "content")).entries;
const lenient = hsdsValidator(false);
const strict = hsdsValidator(true);

function entry(kind: string, slug: string): Entry {
  const found = entries.find((e) => e.kind === kind && e.slug === slug);
  if (!found) throw new Error(`no ${kind}/${slug}`);
  return found;
}

describe("the validator", () => {
  it("accepts Open Referral's official example, leniently and strictly", () => {
    expect(lenient(officialExample())).toEqual([]);
    expect(strict(officialExample())).toEqual([]);
  });

  it("rejects a slug as an id, a status outside the enum, and (strictly) a misspelt field", () => {
    const good = toHsdsService(entry("hotlines", "canadian-human-trafficking-hotline"));
    expect(lenient({ ...good, id: "canadian-human-trafficking-hotline" }).join()).toMatch(/\/id must match format "uuid"/);
    expect(lenient({ ...good, status: "unconfirmed" }).join()).toMatch(/\/status must be equal to one of the allowed values/);
    const typo = { ...good, phones: [{ ...(good.phones as object[])[0], extention: 1 }] };
    expect(lenient(typo)).toEqual([]);
    expect(strict(typo).join()).toMatch(/\/phones\/0 must NOT have additional properties.*extention/);
  });
});

describe("every entry as an HSDS service", () => {
  const services = toHsdsServices(entries);

  it("exports one service per entry", () => {
    expect(entries.length).toBeGreaterThan(30);
    expect(services).toHaveLength(entries.length);
  });

  for (const [i, e] of entries.entries()) {
    it(`${e.kind}/${e.slug} validates against service.json and the strict copy`, () => {
      expect(lenient(services[i])).toEqual([]);
      expect(strict(services[i])).toEqual([]);
    });
  }

  it("gives every part its own id, except one organization shared by its entries", () => {
    const ids: string[] = [];
    const walk = (node: unknown, key = ""): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, key));
      if (!node || typeof node !== "object") return;
      const obj = node as Record<string, unknown>;
      if (typeof obj.id === "string" && key !== "organization") ids.push(obj.id);
      for (const [k, v] of Object.entries(obj)) walk(v, k);
    };
    walk(services);
    expect(new Set(ids).size).toBe(ids.length);
    const onwa = entries.filter((e) => e.organization?.startsWith("Ontario Native Women's Association")).map(toHsdsService);
    expect(onwa.length).toBeGreaterThanOrEqual(2);
    for (const o of onwa) expect(o.organization_id).toBe(onwa[0].organization_id);
  });
});

describe("ids", () => {
  it("are UUID v5 of the entry's address, the same in every build", () => {
    // Pinned: if this changes, every published id changed (SITE_ORIGIN or the naming moved).
    expect(serviceId("hotlines", "canadian-human-trafficking-hotline")).toBe(PINNED_HOTLINE_ID);
    expect(serviceId("hotlines", "canadian-human-trafficking-hotline")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(serviceId("hotlines", "kids-help-phone")).not.toBe(serviceId("services", "kids-help-phone"));
    expect(toHsdsService(entry("hotlines", "canadian-human-trafficking-hotline"))).toEqual(toHsdsService(entry("hotlines", "canadian-human-trafficking-hotline")));
    expect(organizationId("Toronto Police Service")).toBe(organizationId("Toronto Police Service"));
  });
});

// Checked independently: Python's uuid.uuid5(uuid.NAMESPACE_URL, "https://ontariotraffickingsupport.ca/hotlines/canadian-human-trafficking-hotline").
const PINNED_HOTLINE_ID = "759b99aa-20c6-5761-b157-760fe15c6609";
