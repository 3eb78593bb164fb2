// One validated entry as one HSDS 3.1 service, dereferenced as Open Referral recommends:
// its organization, phones, schedules, languages and service areas sit inside it.
// Every value comes from the entry; the only words added are the labels in lib/i18n.
import type { Entry } from "../content/schema";
import type { Status } from "../content/taxonomies";
import { getMessages } from "../i18n";
import { ageRange } from "./facts";
import { defined, hsdsContacts, hsdsLanguages, hsdsLocations, hsdsPhones, hsdsSchedules, hsdsServiceAreas } from "./hsds-parts";
import { entryUrl, organizationId, partId, serviceId } from "./ids";

export type HsdsService = { id: string; name: string; status: HsdsStatus; assured_date: string } & Record<string, unknown>;
export type HsdsStatus = "active" | "inactive" | "defunct" | "temporarily closed";

// An entry we could not confirm is published as "inactive" (with its note as the alert),
// so no one is sent to a line that may be dead; one known to have stopped is "defunct".
export const HSDS_STATUS: Record<Status, HsdsStatus> = { active: "active", unconfirmed: "inactive", inactive: "defunct" };

function organization(entry: Entry) {
  if (!entry.organization) return undefined;
  const description = getMessages().openData.export.organizationDescription(entry.name);
  return { id: organizationId(entry.organization), name: entry.organization, description };
}

function additionalUrls(entry: Entry) {
  const t = getMessages().openData.export;
  const id = (...path: (string | number)[]) => partId(entry.kind, entry.slug, "urls", ...path);
  const chat = entry.chat ? [{ id: id("chat"), label: entry.chat.hours ? `${t.chat}: ${entry.chat.hours}` : t.chat, url: entry.chat.url }] : [];
  const partners = ("partners" in entry ? entry.partners : []).flatMap((p, i) =>
    p.website ? [{ id: id("partners", i), label: t.partnerWebsite(p.name), url: p.website }] : [],
  );
  // Where the facts come from travels with them, as the entry page shows them.
  const sources = entry.sources.map((s, i) => ({ id: id("sources", i), label: t.source(s.title), url: s.url }));
  const page = { id: id("page"), label: t.directoryPage, url: entryUrl(entry.kind, entry.slug) };
  return [...chat, ...partners, page, ...sources];
}

/** Leaves out empty lists, so a service without phones has no "phones" key. */
function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

export function toHsdsService(entry: Entry): HsdsService {
  const org = organization(entry);
  const { languages, interpretation_services } = hsdsLanguages(entry);
  return defined({
    id: serviceId(entry.kind, entry.slug),
    organization_id: org?.id,
    name: entry.name,
    description: entry.description,
    url: entry.website,
    additional_urls: additionalUrls(entry),
    email: entry.emails[0],
    status: HSDS_STATUS[entry.status],
    alert: entry.status_note,
    interpretation_services,
    application_process: entry.application_process,
    fees_description: entry.fees_description,
    eligibility_description: entry.eligibility_description,
    ...ageRange(entry),
    // HSDS's assured_date has no format: the entry's YYYY-MM-DD verification date.
    assured_date: entry.assured_date,
    phones: nonEmpty(hsdsPhones(entry)),
    schedules: nonEmpty(hsdsSchedules(entry)),
    service_areas: hsdsServiceAreas(entry),
    service_at_locations: nonEmpty(hsdsLocations(entry)),
    languages: nonEmpty(languages),
    organization: org,
    contacts: nonEmpty(hsdsContacts(entry)),
  });
}

/** Every entry, in the order the site lists them. */
export function toHsdsServices(entries: Entry[]): HsdsService[] {
  return entries.map(toHsdsService);
}
