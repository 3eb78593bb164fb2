// Filters and facet counts, in one plain pass over the candidates. Counts are standard
// faceting: each option's number is what the results would be if that option were
// chosen with the OTHER filters kept, so a reader never picks an option that leads to
// nothing without being told (components/kind-listing.tsx counts its two filters so).

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
    const misses = {
      kind: filters.kind !== undefined && f.kind !== filters.kind,
      region: filters.region !== undefined && !f.region.includes(filters.region),
      audience: filters.audience !== undefined && !f.audience.includes(filters.audience),
      language: filters.language !== undefined && !f.language.includes(filters.language),
      open247: filters.open247 && !f.open247,
    };
    const missed = Object.values(misses).filter(Boolean).length;
    if (missed > 1) continue;
    if (missed === 0) kept.push(d);
    const counted = (facet: keyof typeof misses) => missed === 0 || misses[facet];
    if (counted("kind")) counts.kind[f.kind]++;
    if (counted("region")) for (const r of f.region) counts.region[r]++;
    if (counted("audience")) for (const a of f.audience) counts.audience[a]++;
    if (counted("language")) for (const l of f.language) counts.language[l]++;
    if (counted("open247") && f.open247) counts.open247++;
  }
  return { kept, counts };
}
