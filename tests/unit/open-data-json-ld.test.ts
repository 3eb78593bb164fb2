// The JSON-LD on an entry page states exactly the facts the page shows: the same phones
// (as the tel:/sms: links dial them), hours, languages and places; a government type only
// for a government body; and never a confidential location.
import { isOpen247 } from "../../lib/content/channels";
import { placeLabel } from "../../lib/i18n/place-label";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import type { Entry } from "../../lib/content/schema";
import { en } from "../../lib/i18n/en";
import { GOVERNMENT_BODIES } from "../../lib/open-data/facts";
import { serviceId } from "../../lib/open-data/ids";
import { entryJsonLd, serializeJsonLd } from "../../lib/open-data/json-ld";

const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const entries = loadContent(path.join(ROOT, "content")).entries;
type Obj = Record<string, unknown>;

/** Every value of `key` anywhere in the document. */
function all(node: unknown, key: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((n) => all(n, key));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node as Obj).flatMap(([k, v]) => (k === key ? [v] : []).concat(all(v, key)));
}

describe("entry JSON-LD", () => {
  for (const entry of entries) {
    it(`${entry.kind}/${entry.slug} states the page's facts`, () => {
      const ld = entryJsonLd(entry);
      const partnerPhones = "partners" in entry ? entry.partners.flatMap((p) => p.phones) : [];
      expect(ld).toMatchObject({ "@context": "https://schema.org", name: entry.name, description: entry.description, identifier: serviceId(entry.kind, entry.slug) });
      expect(ld["@type"]).toBe(entry.organization && GOVERNMENT_BODIES.includes(entry.organization) ? "GovernmentService" : "Service");
      // The page links only confirmed lines (an unconfirmed entry's own shows them as text;
      // the hotline it refers to stays a link); WhatsApp is not a telephone.
      const linked = [...entry.phones, ...partnerPhones].filter((p) => p.confirmed && p.type !== "whatsapp");
      expect(all(ld, "telephone").sort()).toEqual(linked.map((p) => p.dial).sort());
      expect((ld.areaServed as Obj[]).map((a) => a.name)).toEqual(entry.service_areas.map((r) => placeLabel(en, r)));
      const spoken = entry.languages.filter((l) => l !== "interpretation").map((l) => en.languages[l]);
      expect((ld.availableChannel as Obj[] | undefined)?.[0]?.availableLanguage ?? []).toEqual(spoken.map((name) => expect.objectContaining({ name })));
      const hours = entry.hours ?? (isOpen247(entry) ? en.entry.open247 : undefined);
      expect((ld.hoursAvailable as Obj | undefined)?.description).toBe(hours);
      if (isOpen247(entry)) expect(ld.hoursAvailable).toMatchObject({ opens: "00:00", closes: "23:59", dayOfWeek: expect.arrayContaining(["Monday", "Sunday"]) });
      expect(all(ld, "name")).toContain(entry.organization ?? entry.name);
      expect(serializeJsonLd(ld)).not.toContain("<");
    });
  }

  it("gives a public address, and none for a confidential location", () => {
    const police = entries.find((e) => e.slug === "toronto-police-service")!;
    expect(all(entryJsonLd(police), "address")).toEqual([police.address]);
    const hidden = serializeJsonLd(entryJsonLd({ ...police, location_confidential: true } as unknown as Entry));
    expect(hidden).not.toContain("College");
    expect(hidden).not.toContain("serviceLocation");
  });

  it("escapes markup so the script element cannot be closed early", () => {
    const hostile = { ...entries[0], name: "</script><script>alert(1)</script>" } as Entry;
    const text = serializeJsonLd(entryJsonLd(hostile));
    expect(text).not.toMatch(/<\/?script/i);
    expect((JSON.parse(text) as Obj).name).toBe(hostile.name);
  });
});
