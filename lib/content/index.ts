// The data functions pages use. Content is read and validated once per server process
// (and at build time, where a bad file fails the build), never per request.

import "server-only";
import path from "node:path";
import { createSearch, type Search } from "../search/engine";
import { loadContent, type Content } from "./load";
import type { Entry, InfoPage } from "./schema";
import type { Audience, Kind } from "./taxonomies";

let cache: Content | undefined;
let search: Search | undefined;

function content(): Content {
  cache ??= loadContent(path.join(process.cwd(), "content"));
  return cache;
}

/** The search index, built once from the validated content (not per request). */
export function getSearch(): Search {
  search ??= createSearch(content().entries, content().searchLists);
  return search;
}

export function getAllEntries(): Entry[] {
  return content().entries;
}

export function getEntriesByKind(kind: Kind): Entry[] {
  return getAllEntries().filter((e) => e.kind === kind);
}

export function getEntry(kind: Kind, slug: string): Entry | undefined {
  return getAllEntries().find((e) => e.kind === kind && e.slug === slug);
}

export function getInfoPages(): InfoPage[] {
  return content().pages;
}

export function getInfoPage(slug: string): InfoPage | undefined {
  return getInfoPages().find((p) => p.slug === slug);
}

// One rule for regions, shared with search: a province- or country-wide entry serves every region.
export { servesRegion } from "../search/facets";

export function servesAudience(entry: Entry, audience: Audience): boolean {
  return entry.audiences.includes(audience);
}
