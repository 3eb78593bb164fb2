// schema.org JSON-LD for an entry page: a Service (a GovernmentService when a body of
// government provides it) with the facts the page shows — phones as ContactPoints, hours,
// languages, the places served. Kept small: it rides in every entry page's HTML.
import { isOpen247 } from "../content/channels";
import type { Entry, Partner, Phone } from "../content/schema";
import { getMessages, href } from "../i18n";
import { SITE_ORIGIN } from "../site";
import { isGovernmentProvided, LANGUAGE_CODES, publicAddress, serviceAreaName } from "./facts";
import { entryUrl, serviceId } from "./ids";

type Obj = Record<string, unknown>;
const WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The hours as the page words them; 24/7 is also spelled out as every day, 00:00–23:59. */
function hours(entry: { hours?: string; open_24_7?: boolean }): Obj | undefined {
  const description = entry.hours ?? (entry.open_24_7 ? getMessages().entry.open247 : undefined);
  if (!description) return undefined;
  const allDay = entry.open_24_7 ? { dayOfWeek: WEEK, opens: "00:00", closes: "23:59" } : {};
  return { "@type": "OpeningHoursSpecification", description, ...allDay };
}

function languages(entry: Entry): Obj[] | undefined {
  const t = getMessages().languages;
  const list = entry.languages.filter((l) => l !== "interpretation");
  return list.length ? list.map((l) => ({ "@type": "Language", name: t[l], ...(LANGUAGE_CODES[l] ? { alternateName: LANGUAGE_CODES[l] } : {}) })) : undefined;
}

function areas(entry: Entry): Obj[] {
  return entry.service_areas.map((area) => ({ "@type": "AdministrativeArea", name: serviceAreaName(area) }));
}

/** A phone as the tel:/sms: link dials it, with what the page says about it. */
function contactPoint(phone: Phone, extra: Obj = {}): Obj {
  return {
    "@type": "ContactPoint",
    telephone: phone.dial,
    ...(phone.label ? { name: phone.label } : {}),
    contactType: { text: "SMS", tty: "TTY", whatsapp: "WhatsApp", voice: "voice" }[phone.type],
    ...(phone.tollFree && /^\+1/.test(phone.dial) ? { contactOption: "TollFree" } : {}),
    ...extra,
  };
}

function partnerOrganization(partner: Partner): Obj {
  const available = hours(partner);
  return compact({
    "@type": "Organization",
    name: partner.name,
    url: partner.website,
    contactPoint: partner.phones.length ? partner.phones.map((p) => contactPoint(p, available ? { hoursAvailable: available } : {})) : undefined,
  });
}

function compact(obj: Obj): Obj {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

export function entryJsonLd(entry: Entry): Obj {
  const available = hours({ hours: entry.hours, open_24_7: isOpen247(entry) });
  const spoken = languages(entry);
  const served = areas(entry);
  // Places served are stated once, on the Service; each phone carries its hours and languages.
  const pointExtra = compact({ hoursAvailable: available, availableLanguage: spoken });
  const government = isGovernmentProvided(entry);
  // An entry not confirmed as active shows its numbers as text under a caution, never as
  // a link: its JSON-LD states none, so no search engine offers one as a one-tap call.
  // A line is judged on its own evidence: the hotline inside an unconfirmed entry stays.
  const phones = entry.phones.filter((p) => p.confirmed && p.type !== "whatsapp");
  const partners = "partners" in entry ? entry.partners.map((p) => partnerOrganization({ ...p, phones: p.phones.filter((x) => x.confirmed) })) : [];
  const provider = entry.organization ? [{ "@type": government ? "GovernmentOrganization" : "Organization", name: entry.organization }] : partners;
  const address = publicAddress(entry);
  const channels = [
    compact({
      "@type": "ServiceChannel",
      serviceUrl: entry.website,
      availableLanguage: spoken,
      servicePhone: nonEmpty(phones.filter((p) => p.type !== "text").map((p) => contactPoint(p, pointExtra))),
      serviceSmsNumber: nonEmpty(phones.filter((p) => p.type === "text").map((p) => contactPoint(p, pointExtra))),
      serviceLocation: address ? { "@type": "Place", address } : undefined,
    }),
    ...(entry.chat ? [{ "@type": "ServiceChannel", name: getMessages().entry.chat, serviceUrl: entry.chat.url }] : []),
  ].filter((c) => Object.keys(c).length > 1);
  return compact({
    "@context": "https://schema.org",
    "@type": government ? "GovernmentService" : "Service",
    "@id": `${entryUrl(entry.kind, entry.slug)}#service`,
    identifier: serviceId(entry.kind, entry.slug),
    name: entry.name,
    description: entry.description,
    // The page in the reader's language; the @id above is the one service, whatever the language.
    url: `${SITE_ORIGIN}${href(`/${entry.kind}/${entry.slug}`)}`,
    provider: nonEmpty(provider),
    areaServed: served,
    audience: entry.audiences.map((a) => ({ "@type": "Audience", audienceType: getMessages().audiences[a] })),
    hoursAvailable: available,
    availableChannel: nonEmpty(channels),
  });
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

/** JSON for an inline <script>: "<" escaped so the text can never close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
