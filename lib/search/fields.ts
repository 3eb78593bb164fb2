// What each indexed field holds, and how much a match in it weighs. Field text is read
// from the entry while the index is built and not kept. The French index reads the
// entry's French words (the engine passes localizeEntry(e, "fr")), the French labels of
// the closed lists, and the English name as a keyword, since a francophone may know a
// service by its English name.

import { isOpen247 } from "../content/channels";
import { placeNames } from "../content/places/resolve";
import { REGIONS, isBroad } from "../content/places";
import type { Entry } from "../content/schema";
import type { Audience, Kind, Language } from "../content/taxonomies";
import { en } from "../i18n/en";
import { fr } from "../i18n/fr";
import type { Lang } from "../lang";

export const FIELDS = ["name", "keywords", "description", "text", "tags", "phones"] as const;
export type Field = (typeof FIELDS)[number];
// name > keywords > description > body; tags (the closed lists' words, places) sit with
// the description; a phone number is exact, so a match is strong.
export const BOOST: Record<Field, number> = { name: 6, keywords: 3, description: 2, text: 1, tags: 2, phones: 4 };

const CATALOGUES = { en, fr };

// The closed lists are indexed by the labels the pages show (lib/i18n), so "hotline",
// "legal" or "métis" find entries whose text never says so. These are the words people
// type that a label lacks: "helpline" for Hotlines, "law" for Legal supports, what
// CARE stands for, "immigrants" for Newcomers.
type Extra = { kinds: Record<Kind, string>; audiences: Partial<Record<Audience, string>>; languages: Partial<Record<Language, string>>; open247: string };
const EXTRA_WORDS: Record<Lang, Extra> = {
  en: {
    kinds: {
      hotlines: "helpline phone line", services: "program support", "care-units": "children at risk of exploitation child protection",
      coalitions: "network committee", "legal-supports": "law",
    },
    audiences: { "2slgbtq": "lgbtq two-spirit", "service-providers": "professionals", educators: "teachers schools", newcomers: "immigrants" },
    languages: { fr: "français", interpretation: "interpreters" },
    open247: "24/7 24 hours",
  },
  fr: {
    kinds: {
      hotlines: "ligne d'écoute ligne téléphonique téléphone", services: "programme soutien",
      "care-units": "enfants à risque d'exploitation protection de l'enfance", coalitions: "réseau comité", "legal-supports": "droit",
    },
    audiences: {
      "2slgbtq": "2slgbtq lgbtq bispirituel", "family-friends": "amis", "service-providers": "professionnels intervenants",
      educators: "enseignants écoles", newcomers: "réfugiés nouveaux arrivants immigrants",
    },
    languages: { fr: "francophone" },
    open247: "24/7 24 heures sur 24",
  },
};

function tags(e: Entry, lang: Lang): (string | undefined)[] {
  const t = CATALOGUES[lang];
  const extra = EXTRA_WORDS[lang];
  const parts: (string | undefined)[] = [t.kinds[e.kind].label, t.kinds[e.kind].one, extra.kinds[e.kind], isOpen247(e) ? extra.open247 : ""];
  for (const a of e.audiences) parts.push(t.audiences[a], extra.audiences[a]);
  for (const l of e.languages) parts.push(t.languages[l], extra.languages[l]);
  for (const l of e.led_by) parts.push(t.leadership[l]);
  for (const o of e.offers) parts.push(t.offers[o]);
  // The entry's own places by name: a region by its label and the names readers give it.
  // Wider matches ("Guelph" for a province-wide line) come from the place look-up in
  // ./engine.ts, not from words.
  for (const area of e.service_areas) {
    if ((REGIONS as readonly string[]).includes(area) && !isBroad(area)) parts.push(t.regions[area as keyof typeof t.regions]);
    parts.push(...placeNames(area));
  }
  return parts;
}

// Everything a reader might remember about an entry that is not its name, summary or
// keywords: who runs it, who it is for, how to get in, partners.
function details(e: Entry, lang: Lang): (string | undefined)[] {
  const parts = [e.text, e.organization, e.eligibility_description, e.application_process, e.languages_note, e.fees_description, e.hours, e.status_note];
  const [chat, text] = lang === "fr" ? ["clavardage chat", "texto sms"] : ["chat", "text sms"];
  if (e.chat) parts.push(chat, e.chat.note);
  for (const p of e.phones) parts.push(p.label, p.text_keyword, p.type === "text" ? text : "");
  if ("partners" in e) for (const p of e.partners) parts.push(p.name, p.role);
  if ("lead_organization" in e) parts.push(e.lead_organization);
  return parts;
}

// A number is found by its 10 digits and by its local 7 ("dial" is normalized by the
// content schema: "+18339001010", "911", "686868" or "*877").
function phoneKeys(e: Entry): string[] {
  const dials = [...e.phones, ...("partners" in e ? e.partners.flatMap((p) => p.phones) : [])].map((p) => p.dial);
  const keys = dials.flatMap((dial) => (dial.startsWith("+1") ? [dial.slice(2), dial.slice(-7)] : [dial.replace("*", "")]));
  return [...new Set(keys)];
}

/**
 * The text of one field. For French, e is the localized entry and english the
 * original, whose name is kept as a keyword when the French name differs
 * (« Jeunesse, J'écoute » is also found by "Kids Help Phone").
 */
export function fieldText(e: Entry, field: Field, lang: Lang = "en", english: Entry = e): string {
  const parts = {
    name: () => [e.name],
    keywords: () => (lang === "fr" && english.name !== e.name ? [...e.keywords, english.name] : e.keywords),
    description: () => [e.description],
    text: () => details(e, lang),
    tags: () => tags(e, lang),
    phones: () => phoneKeys(e),
  }[field]();
  return parts.filter(Boolean).join("\n");
}

// When two entries match equally, one open 24/7 is the one to call tonight; an entry
// that may be out of service drops back. Modest, so a better match still wins.
// (Every list also puts unconfirmed and inactive entries last outright.)
// An editor's priority (1 = first; 100 = default) lifts the lines everyone should know,
// like the national hotline, above the many entries that merely mention trafficking.
export function documentBoost(e: Entry): number {
  const open = isOpen247(e) ? 1.15 : 1;
  const editor = 1 + (100 - Math.min(e.priority, 100)) / 100;
  const status = e.status === "active" ? 1 : e.status === "unconfirmed" ? 0.75 : 0.3;
  return open * status * editor;
}
