// An entry or page in the reader's language. Facts (phones, addresses, places, status,
// dates, sources) live once and are shared; only the words are swapped for the French
// text kept beside them (lib/content/french.ts). English is returned as it is.
// Pure and cached per object, so every page, search result and export of one entry in
// French is the same object.

import type { Lang } from "../lang";
import type { Entry, InfoPage } from "./schema";

const entries = new WeakMap<Entry, Entry>();
const pages = new WeakMap<InfoPage, InfoPage>();

// A French text links the site's pages in French ("/hotlines/x" → "/fr/hotlines/x"); the
// open data exists once, in English, and keeps its address.
const SITE_LINK = /href="\/(?!\/|open-data\/services)/g;
const frenchLinks = (html: string) => html.replace(SITE_LINK, 'href="/fr/');

// The French file's "" stands for "no label" beside an English phone or partner that has none.
const orUndefined = (s: string | undefined) => (s ? s : undefined);

export function localizeEntry(entry: Entry, lang: Lang): Entry {
  if (lang === "en" || !entry.fr) return entry;
  let found = entries.get(entry);
  if (found) return found;
  const fr = entry.fr;
  const words = {
    name: fr.name,
    description: fr.description,
    status_note: fr.status_note,
    hours: fr.hours,
    eligibility_description: fr.eligibility_description,
    application_process: fr.application_process,
    fees_description: fr.fees_description,
    languages_note: fr.languages_note,
    keywords: fr.keywords,
    html: frenchLinks(fr.html),
    text: fr.text,
  };
  // Only the words the English entry has: the loader already refused a French text without an English one.
  const defined = Object.fromEntries(Object.entries(words).filter(([, v]) => v !== undefined));
  found = {
    ...entry,
    ...defined,
    phones: entry.phones.map((p, i) => ({ ...p, label: p.label === undefined ? undefined : (orUndefined(fr.phone_labels?.[i]) ?? p.label) })),
    ...("chat" in entry && entry.chat ? { chat: { ...entry.chat, hours: fr.chat_hours ?? entry.chat.hours, note: fr.chat_note ?? entry.chat.note } } : {}),
    ...("partners" in entry && entry.partners
      ? { partners: entry.partners.map((p, i) => ({ ...p, role: p.role === undefined ? undefined : (orUndefined(fr.partner_roles?.[i]) ?? p.role) })) }
      : {}),
  } as Entry;
  entries.set(entry, found);
  return found;
}

export function localizePage(page: InfoPage, lang: Lang): InfoPage {
  if (lang === "en" || !page.fr) return page;
  let found = pages.get(page);
  if (!found) {
    found = { ...page, title: page.fr.title, description: page.fr.description, html: frenchLinks(page.fr.html), text: page.fr.text };
    pages.set(page, found);
  }
  return found;
}
