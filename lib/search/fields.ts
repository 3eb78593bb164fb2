// What each indexed field holds, and how much a match in it weighs. Field text is read
// from the entry while the index is built and not kept: the index holds only term ids
// and weights. The French index reads the entry's French words (the engine passes
// localizeEntry(e, "fr")), French words for the closed lists, and the English name as a
// keyword, since a francophone may know a service by its English name.

import { isOpen247 } from "../content/channels";
import type { Lang } from "../i18n/lang";
import type { Entry } from "../content/schema";
import { placeNames } from "../content/places/resolve";
import type { Audience, Kind, Language, Leadership, Offer } from "../content/taxonomies";

export const FIELDS = ["name", "keywords", "description", "text", "tags"] as const;
export type Field = (typeof FIELDS)[number];
// name > keywords > description > body; tags (kind, audience, language, region words)
// sit with the description. Phone numbers (./phones.ts) are exact, so a match is strong.
const BOOST: Record<Field, number> = { name: 6, keywords: 3, description: 2, text: 1, tags: 2 };
export const PHONE_BOOST = 4;
// Fields whose parts recur from entry to entry ("women", "ontario"): the index reads
// each distinct part once.
const REPEATS: readonly Field[] = ["keywords", "tags"];
export const FIELD_SPECS = FIELDS.map((f) => ({ boost: BOOST[f], repeats: REPEATS.includes(f) }));

// The words a reader uses for our closed lists, indexed as "tags" so that "hotline",
// "legal", "french" or "thunder bay" find entries whose text never says so. Regions
// are the ones an entry serves (an Ontario-wide line serves Toronto), so "lawyer
// ottawa" finds the province-wide legal help, as the region filter would.
const KIND_WORDS: Record<Kind, string> = {
  hotlines: "hotline helpline phone line",
  services: "service program support",
  "care-units": "care unit children at risk of exploitation child protection",
  coalitions: "coalition network committee",
  "legal-supports": "legal support law",
};
const AUDIENCE_WORDS: Record<Audience, string> = {
  survivors: "survivors",
  "children-youth": "children youth",
  women: "women",
  indigenous: "indigenous",
  "2slgbtq": "2slgbtq lgbtq two-spirit",
  "family-friends": "family friends",
  "service-providers": "service providers professionals",
  educators: "educators teachers schools",
  "victims-of-crime": "victims of crime",
  inuit: "inuit",
  metis: "métis metis",
  "migrant-workers": "migrant workers temporary foreign workers",
  newcomers: "newcomers refugees immigrants without status",
};
const LANGUAGE_WORDS: Record<Language, string> = {
  en: "english",
  fr: "french français",
  "indigenous-languages": "indigenous languages",
  interpretation: "interpretation interpreters",
};
// Leadership and offers in a reader's words ("indigenous-led", "counselling").
const wordsOf = (id: string) => id.replace(/-/g, " ");

// The same closed lists in French, in the words of the French pages (lib/i18n/fr.ts)
// and the words a francophone may type.
const KIND_WORDS_FR: Record<Kind, string> = {
  hotlines: "ligne d'aide ligne d'écoute ligne téléphonique téléphone",
  services: "service programme soutien",
  "care-units": "équipe INTERE enfants à risque d'exploitation protection de l'enfance",
  coalitions: "coalition réseau comité",
  "legal-supports": "soutien juridique droit",
};
const AUDIENCE_WORDS_FR: Record<Audience, string> = {
  survivors: "personnes survivantes survivants",
  "children-youth": "enfants jeunes",
  women: "femmes",
  indigenous: "autochtones",
  "2slgbtq": "2elgbtq 2slgbtq lgbtq bispirituel",
  "family-friends": "famille proches amis",
  "service-providers": "fournisseurs de services professionnels intervenants",
  educators: "personnel éducatif enseignants écoles",
  "victims-of-crime": "victimes d'actes criminels",
  inuit: "inuits",
  metis: "métis",
  "migrant-workers": "travailleurs migrants travailleurs étrangers temporaires",
  newcomers: "personnes nouvellement arrivées nouveaux arrivants réfugiés immigrants sans statut",
};
const LANGUAGE_WORDS_FR: Record<Language, string> = {
  en: "anglais",
  fr: "français francophone",
  "indigenous-languages": "langues autochtones",
  interpretation: "interprétation interprètes",
};
const LEADERSHIP_WORDS_FR: Record<Leadership, string> = {
  indigenous: "mené par des Autochtones",
  inuit: "mené par des Inuits",
  metis: "mené par des Métis",
  survivors: "mené par des personnes survivantes",
  francophone: "francophone",
};
const OFFER_WORDS_FR: Record<Offer, string> = {
  "crisis-support": "soutien en situation de crise",
  counselling: "counseling",
  "trauma-therapy": "thérapie traumatismes",
  "case-management": "gestion de cas",
  "safety-planning": "planification de la sécurité",
  shelter: "refuge hébergement sécuritaire",
  "housing-help": "aide au logement",
  "health-care": "soins de santé",
  "mental-health": "santé mentale",
  addictions: "dépendances",
  "legal-help": "aide juridique",
  "court-support": "soutien au tribunal",
  "immigration-help": "aide en matière d'immigration",
  outreach: "intervention de proximité",
  "peer-support": "soutien par les pairs",
  "life-skills": "compétences de la vie quotidienne",
  employment: "études emploi",
  "cultural-healing": "guérison fondée sur la culture",
  "family-support": "soutien aux familles",
  prevention: "prévention sensibilisation",
  training: "formation",
  referrals: "orientation",
  reporting: "signalement",
  "financial-help": "aide financière",
};

// Fields are returned as lists of the entry's own strings, not joined into one: the
// index reads each part in turn, and 50,000 entries make no throwaway copies.
function tags(e: Entry, lang: Lang): string[] {
  if (lang === "fr") return frenchTags(e);
  const parts = [KIND_WORDS[e.kind], isOpen247(e) ? "24/7 24 hours" : ""];
  for (const a of e.audiences) parts.push(AUDIENCE_WORDS[a]);
  for (const l of e.languages) parts.push(LANGUAGE_WORDS[l]);
  for (const l of e.led_by) parts.push(`${wordsOf(l)} led`);
  for (const o of e.offers) parts.push(wordsOf(o));
  // The entry's own places by name. Wider matches ("Guelph" for a province-wide line)
  // come from the place look-up in ./engine.ts, not from words.
  for (const area of e.service_areas) parts.push(...placeNames(area));
  return parts;
}

function frenchTags(e: Entry): string[] {
  const parts = [KIND_WORDS_FR[e.kind], isOpen247(e) ? "24/7 24 heures sur 24" : ""];
  for (const a of e.audiences) parts.push(AUDIENCE_WORDS_FR[a]);
  for (const l of e.languages) parts.push(LANGUAGE_WORDS_FR[l]);
  for (const l of e.led_by) parts.push(LEADERSHIP_WORDS_FR[l]);
  for (const o of e.offers) parts.push(OFFER_WORDS_FR[o]);
  for (const area of e.service_areas) parts.push(...placeNames(area));
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

/**
 * The text of one field. For French, e is the localized entry and english the
 * original, whose name is kept as a keyword when the French name differs
 * (« Jeunesse, J'écoute » is also found by "Kids Help Phone").
 */
export function extractField(e: Entry, field: Field, lang: Lang = "en", english: Entry = e): (string | undefined)[] {
  switch (field) {
    case "name":
      return [e.name];
    case "keywords":
      return lang === "fr" && english.name !== e.name ? [...e.keywords, english.name] : e.keywords;
    case "description":
      return [e.description];
    case "text":
      return details(e, lang);
    case "tags":
      return tags(e, lang);
  }
}

// When two entries match equally, one open 24/7 is the one to call tonight; an entry
// that may be out of service drops back. Modest, so a better match still wins.
// (Inactive entries are also put last outright by the engine.)
// An editor's priority (1 = first; 100 = default) lifts the lines everyone should know,
// like the national hotline, above the many entries that merely mention trafficking.
export function documentBoost(e: Entry): number {
  const open = isOpen247(e) ? 1.15 : 1;
  const editor = 1 + (100 - Math.min(e.priority, 100)) / 100;
  const status = e.status === "active" ? 1 : e.status === "unconfirmed" ? 0.75 : 0.3;
  return open * status * editor;
}
