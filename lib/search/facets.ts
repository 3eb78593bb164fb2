// Filters and facet counts, in one plain pass over the candidates. Counts are standard
// faceting: each option's number is what the results would be if that option were
// chosen with the OTHER filters kept, so a reader never picks an option that leads to
// nothing without being told (components/entry/kind-listing.tsx counts its two filters so).

import { isOpen247 } from "../content/channels";
import { regionsServed } from "../content/places";
import type { Entry } from "../content/schema";
import { AUDIENCES, KINDS, LANGUAGES, REGIONS, type Audience, type Kind, type Language, type Region } from "../content/taxonomies";
import type { SearchFilters } from "./query";

export type FacetCounts = {
  kind: Record<Kind, number>;
  region: Record<Region, number>;
  audience: Record<Audience, number>;
  language: Record<Language, number>;
  open247: number;
};

/** What the filters look at in one entry, worked out once when the index is built. */
export type Facets = { kind: Kind; region: readonly Region[]; audience: readonly Audience[]; language: readonly Language[]; open247: boolean };

export function facetsOf(e: Pick<Entry, "kind" | "service_areas" | "audiences" | "languages" | "phones" | "chat">): Facets {
  return { kind: e.kind, region: regionsServed(e.service_areas), audience: e.audiences, language: e.languages, open247: isOpen247(e) };
}

const zeros = <T extends string>(keys: readonly T[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;

/**
 * The candidates (indexes into facets) that pass every filter, in the order given, and
 * the counts: a candidate failing no filter counts for every facet; one failing exactly
 * one filter counts only for that facet (it would appear if that filter changed).
 */
export function applyFilters(facets: readonly Facets[], candidates: Iterable<number>, filters: SearchFilters): { kept: number[]; counts: FacetCounts } {
  const counts: FacetCounts = { kind: zeros(KINDS), region: zeros(REGIONS), audience: zeros(AUDIENCES), language: zeros(LANGUAGES), open247: 0 };
  const kept: number[] = [];
  for (const d of candidates) {
    const f = facets[d];
    const kind = filters.kind !== undefined && f.kind !== filters.kind;
    const region = filters.region !== undefined && !f.region.includes(filters.region);
    const audience = filters.audience !== undefined && !f.audience.includes(filters.audience);
    const language = filters.language !== undefined && !f.language.includes(filters.language);
    const open247 = filters.open247 && !f.open247;
    const missed = Number(kind) + Number(region) + Number(audience) + Number(language) + Number(open247);
    if (missed > 1) continue;
    if (missed === 0) kept.push(d);
    if (missed === 0 || kind) counts.kind[f.kind]++;
    if (missed === 0 || region) for (const r of f.region) counts.region[r]++;
    if (missed === 0 || audience) for (const a of f.audience) counts.audience[a]++;
    if (missed === 0 || language) for (const l of f.language) counts.language[l]++;
    if ((missed === 0 || open247) && f.open247) counts.open247++;
  }
  return { kept, counts };
}
