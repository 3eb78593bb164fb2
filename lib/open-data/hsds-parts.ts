// The nested HSDS 3.1 objects of one service: phones, schedules, languages, service
// areas, contacts and (only where one may be published) a location. Ids come from ids.ts.
import { isOpen247, ownPhones } from "../content/channels";
import type { Entry, Phone } from "../content/schema";
import { getMessages } from "../i18n";
import { publicAddress, serviceAreaName, LANGUAGE_CODES } from "./facts";
import { partId } from "./ids";

type Obj = Record<string, unknown>;

/** Drops undefined fields, so the JSON carries no empty keys. */
export function defined<T extends Obj>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

// HSDS phone types follow RFC 6350: an SMS number is "text", a TTY is "textphone". RFC 6350
// has no WhatsApp: it is "text" (messages, not calls), and its description says WhatsApp.
const PHONE_TYPE = { voice: "voice", text: "text", tty: "textphone", whatsapp: "text" } as const;

export function hsdsPhone(entry: Entry, phone: Phone, path: (string | number)[], note?: string): Obj {
  const t = getMessages().openData.export;
  const description = [
    phone.confirmed ? undefined : getMessages().entry.notOneTap,
    phone.type === "whatsapp" ? t.whatsapp : undefined,
    phone.ref ? phone.ref.name : phone.label,
    phone.text_keyword ? t.textKeyword(phone.text_keyword) : undefined,
    phone.hours,
    note,
  ].filter(Boolean).join(". ");
  // The number as the source publishes it: the same string the page shows.
  return defined({ id: partId(entry.kind, entry.slug, ...path), number: phone.number, type: PHONE_TYPE[phone.type], description: description || undefined });
}

export function hsdsPhones(entry: Entry): Obj[] {
  return entry.phones.map((phone, i) => hsdsPhone(entry, phone, ["phones", i]));
}

// HSDS's guidance for a service open around the clock: 00:00 to 23:59 on every day.
export const ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU";

export function hsdsSchedules(entry: Entry): Obj[] {
  const id = partId(entry.kind, entry.slug, "schedules", 0);
  if (isOpen247(entry)) {
    const line = ownPhones(entry).find((p) => p.open_24_7);
    const description = line?.hours ?? entry.hours ?? getMessages().entry.open247;
    return [{ id, freq: "WEEKLY", byday: ALL_DAYS, opens_at: "00:00", closes_at: "23:59", description }];
  }
  // Other hours are only known as the source words them: kept as text, never guessed into times.
  return entry.hours ? [{ id, description: entry.hours }] : [];
}

/** Spoken languages; "interpretation" is a service, so it goes to interpretation_services. */
export function hsdsLanguages(entry: Entry): { languages: Obj[]; interpretation_services?: string } {
  const t = getMessages();
  const interpretation = entry.languages.includes("interpretation");
  const note = interpretation ? undefined : entry.languages_note;
  const languages = entry.languages
    .filter((l) => l !== "interpretation")
    .map((l) => defined({ id: partId(entry.kind, entry.slug, "languages", l), name: t.languages[l], code: LANGUAGE_CODES[l], note }));
  return { languages, interpretation_services: interpretation ? (entry.languages_note ?? t.languages.interpretation) : undefined };
}

export function hsdsServiceAreas(entry: Entry): Obj[] {
  return entry.service_areas.map((area) => ({ id: partId(entry.kind, entry.slug, "service_areas", area), name: serviceAreaName(area) }));
}

/** A CARE Unit's partner organizations, reached by phone: HSDS contacts of the service. */
export function hsdsContacts(entry: Entry): Obj[] {
  const partners = "partners" in entry ? entry.partners : [];
  const fromPartners = partners.map((p, i) =>
    defined({
      id: partId(entry.kind, entry.slug, "partners", i),
      name: p.name,
      title: p.role,
      phones: p.phones.map((phone, j) => hsdsPhone(entry, phone, ["partners", i, "phones", j], p.hours)),
    }),
  );
  // HSDS gives a service one email; any others become contacts.
  const moreEmails = entry.emails.slice(1).map((email, i) => ({ id: partId(entry.kind, entry.slug, "emails", i + 1), email }));
  return [...fromPartners, ...moreEmails];
}

// "40 College St., Toronto, ON M5G 2J3": street, city, province and postal code.
const CANADIAN_ADDRESS = /^(.+?),\s*([^,]+?),\s*(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+([A-Z]\d[A-Z] ?\d[A-Z]\d)$/;

/** The one place a service may be found, or none: see publicAddress for confidential ones. */
export function hsdsLocations(entry: Entry): Obj[] {
  const address = publicAddress(entry);
  if (!address) return [];
  const locationId = partId(entry.kind, entry.slug, "location");
  const m = CANADIAN_ADDRESS.exec(address);
  const location = m
    ? { id: locationId, location_type: "physical", addresses: [{ id: partId(entry.kind, entry.slug, "location", "address"), address_1: m[1], city: m[2], state_province: m[3], postal_code: m[4], country: "CA", address_type: "physical" }] }
    : { id: locationId, location_type: "physical", description: address };
  return [{ id: partId(entry.kind, entry.slug, "service_at_location"), location }];
}
