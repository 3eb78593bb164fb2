// The data functions pages use. Content is read and validated once per server process
// (and at build time, where a bad file fails the build), never per request.
// Entries and pages come in the language of the page being rendered (lib/request-lang.ts):
// the same facts, with the French words on a French page. Outside a page, English.

import "server-only";
import path from "node:path";
import type { Lang } from "../lang";
import { loadContent, STATUS_ORDER, type Content } from "./load";
import type { Entry, InfoPage } from "./schema";
import { servingTier } from "./places";
import type { Audience, Kind, Network } from "./taxonomies";
import { localizeEntry, localizePage } from "./localize";
import { requestLang } from "../request-lang";

let cache: Content | undefined;

function content(): Content {
  cache ??= loadContent(path.join(process.cwd(), "content"));
  return cache;
}

/** Everything as loaded, in English (entries and the search lists): what lib/search indexes. */
export function getLoadedContent(): Content {
  return content();
}

const localized = new Map<Lang, { entries: Entry[]; pages: InfoPage[] }>();

function inLanguage(lang: Lang = requestLang()) {
  let found = localized.get(lang);
  if (!found) {
    found = { entries: content().entries.map((e) => localizeEntry(e, lang)), pages: content().pages.map((p) => localizePage(p, lang)) };
    localized.set(lang, found);
  }
  return found;
}

export function getAllEntries(lang?: Lang): Entry[] {
  return inLanguage(lang).entries;
}

export function getEntriesByKind(kind: Kind): Entry[] {
  return getAllEntries().filter((e) => e.kind === kind);
}

export function getEntry(kind: Kind, slug: string): Entry | undefined {
  return getAllEntries().find((e) => e.kind === kind && e.slug === slug);
}

export function getInfoPages(lang?: Lang): InfoPage[] {
  return inLanguage(lang).pages;
}

export function getInfoPage(slug: string): InfoPage | undefined {
  return getInfoPages().find((p) => p.slug === slug);
}

// One rule for regions, shared with search: a province- or country-wide entry serves every region.
export { servesRegion } from "./places";

export function servesAudience(entry: Entry, audience: Audience): boolean {
  return entry.audiences.includes(audience);
}

export function getEntriesInNetwork(network: Network): Entry[] {
  return getAllEntries().filter((e) => e.network === network);
}

/**
 * What serves a place: local entries (confirmed before unconfirmed, then closest first,
 * then stored order) and, apart, the province- and Canada-wide
 * entries, which serve every place and are never dropped.
 */
export function getEntriesForPlace(place: string): { local: Entry[]; broad: Entry[] } {
  const served = getAllEntries()
    .map((entry) => ({ entry, tier: servingTier(entry.service_areas, place) }))
    .filter((s): s is { entry: Entry; tier: 0 | 1 | 2 | 3 } => s.tier !== undefined);
  const local = served.filter((s) => s.tier < 3).sort((a, b) => STATUS_ORDER[a.entry.status] - STATUS_ORDER[b.entry.status] || a.tier - b.tier);
  return { local: local.map((s) => s.entry), broad: served.filter((s) => s.tier === 3).map((s) => s.entry) };
}
