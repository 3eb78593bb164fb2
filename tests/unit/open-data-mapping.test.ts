// What the HSDS mapping says about particular entries: each value is the entry's own,
// the statuses map onto HSDS's enum, 24/7 follows HSDS's 00:00–23:59 guidance, and a
// confidential location never leaves the site.
import { isOpen247 } from "../../lib/content/channels";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import type { Entry } from "../../lib/content/schema";
import { GOVERNMENT_BODIES } from "../../lib/open-data/facts";
import { toHsdsService } from "../../lib/open-data/hsds";
import { en } from "../../lib/i18n/en";
import { serviceId } from "../../lib/open-data/ids";

const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const entries = loadContent(path.join(ROOT, "content")).entries;
const entry = (kind: string, slug: string) => entries.find((e) => e.kind === kind && e.slug === slug)!;
type Obj = Record<string, unknown>;
const list = (v: unknown) => (v ?? []) as Obj[];

describe("HSDS mapping", () => {
  const hotline = entry("hotlines", "canadian-human-trafficking-hotline");
  const s = toHsdsService(hotline);

  it("carries the entry's own facts", () => {
    expect(s.id).toBe(serviceId("hotlines", "canadian-human-trafficking-hotline"));
    expect(s).toMatchObject({ name: hotline.name, description: hotline.description, url: hotline.website, status: "active", assured_date: hotline.assured_date });
    expect(s.fees_description).toBe(hotline.fees_description);
    expect(s.eligibility_description).toBe(hotline.eligibility_description);
    expect(list(s.phones).map((p) => [p.number, p.type])).toEqual([["1-833-900-1010", "voice"]]);
    expect(list(s.service_areas).map((a) => a.name)).toEqual(["Across Canada"]);
    expect(list(s.languages).map((l) => [l.name, l.code])).toEqual([["English", "en"], ["French", "fr"], ["Indigenous languages", undefined]]);
    expect(s.interpretation_services).toBe(hotline.languages_note);
    expect(s.organization).toMatchObject({ name: "The Canadian Centre to End Human Trafficking", id: s.organization_id });
    const urls = list(s.additional_urls).map((u) => u.url);
    expect(urls).toContain(hotline.chat!.url);
    for (const source of hotline.sources) expect(urls).toContain(source.url);
  });

  it("writes 24/7 as 00:00 to 23:59 on every day, keeping the entry's words", () => {
    expect(s.schedules).toEqual([
      expect.objectContaining({ freq: "WEEKLY", byday: "MO,TU,WE,TH,FR,SA,SU", opens_at: "00:00", closes_at: "23:59", description: hotline.hours }),
    ]);
    const limited = entries.find((e) => !isOpen247(e) && e.hours)!;
    expect(list(toHsdsService(limited).schedules)).toEqual([{ id: expect.any(String), description: limited.hours }]);
    const none = entries.find((e) => !isOpen247(e) && !e.hours)!;
    expect(toHsdsService(none).schedules).toBeUndefined();
  });

  it("maps our statuses onto HSDS's enum, with the note as an alert", () => {
    const unconfirmed = entries.find((e) => e.status === "unconfirmed")!;
    expect(toHsdsService(unconfirmed)).toMatchObject({ status: "inactive", alert: unconfirmed.status_note });
    expect(toHsdsService({ ...hotline, status: "inactive", status_note: "Closed." } as Entry)).toMatchObject({ status: "defunct", alert: "Closed." });
  });

  // A line is judged on its own evidence, in the data as on the page: an unconfirmed
  // entry's own number says so; the hotline it refers to does not.
  it("marks an unconfirmed entry's own numbers, and not the confirmed lines it refers to", () => {
    const own = entries.find((e) => e.status === "unconfirmed" && e.phones.some((p) => !p.ref))!;
    const ownPhone = list(toHsdsService(own).phones).find((p) => p.number === own.phones.find((x) => !x.ref)!.number)!;
    expect(ownPhone.description).toContain(en.entry.notOneTap);
    const referring = entries.find((e) => e.status === "unconfirmed" && e.phones.some((p) => p.ref?.slug === "canadian-human-trafficking-hotline"))!;
    const hotlinePhone = list(toHsdsService(referring).phones).find((p) => p.number === "1-833-900-1010")!;
    expect(hotlinePhone.description).not.toContain(en.entry.notOneTap);
    expect(hotlinePhone.description).toContain("Canadian Human Trafficking Hotline");
  });

  it("publishes a CARE Unit's partners as contacts with their phones", () => {
    const unit = entry("care-units", "toronto-care-unit");
    const contacts = list(toHsdsService(unit).contacts);
    expect(contacts.map((c) => c.name)).toEqual(("partners" in unit ? unit.partners : []).map((p) => p.name));
    expect(list(contacts[0].phones).map((p) => p.number)).toEqual(["416-924-4646", "1-866-527-0833"]);
  });

  it("publishes a public address, split into its parts", () => {
    const police = entry("services", "toronto-police-service");
    const location = list(toHsdsService(police).service_at_locations)[0].location as Obj;
    expect(list(location.addresses)[0]).toMatchObject({ address_1: "40 College St.", city: "Toronto", state_province: "ON", postal_code: "M5G 2J3", country: "CA" });
  });

  it("never publishes a confidential location, nor one the entry does not have", () => {
    const police = entry("services", "toronto-police-service");
    const hidden = JSON.stringify(toHsdsService({ ...police, location_confidential: true } as unknown as Entry));
    expect(hidden).not.toContain("College");
    expect(hidden).not.toContain("service_at_locations");
    for (const e of entries.filter((x) => !x.address)) expect(toHsdsService(e).service_at_locations).toBeUndefined();
  });

  it("passes on age limits once entries have them", () => {
    expect(toHsdsService({ ...hotline, minimum_age: 12, maximum_age: 17 } as unknown as Entry)).toMatchObject({ minimum_age: 12, maximum_age: 17 });
    expect(s).not.toHaveProperty("minimum_age");
  });

  it("names as government bodies only organizations that entries use", () => {
    const used = new Set(entries.map((e) => e.organization));
    for (const body of GOVERNMENT_BODIES) expect(used, body).toContain(body);
  });
});
