// The two-level place list in one place: regions (./regions.ts) and the communities
// inside them (./communities.ts). An entry's `service_areas` name the most precise
// places its source gives; everything else (the region filter, region pages, place
// search) is derived from the rules here.

import { COMMUNITIES, type Community } from "./communities";
import { BROAD_PLACES, LOCAL_REGIONS, REGIONS, isLocalRegion, type LocalRegion, type Region } from "./regions";

export * from "./regions";
export type { Community } from "./communities";
export { COMMUNITIES } from "./communities";

/** Every place id an entry may name: broad places, regions, then communities. */
export const PLACES: readonly string[] = [...REGIONS, ...COMMUNITIES.map((c) => c.id)];
const COMMUNITY_BY_ID = new Map<string, Community>(COMMUNITIES.map((c) => [c.id, c]));

export function isPlace(value: string): boolean {
  return (REGIONS as readonly string[]).includes(value) || COMMUNITY_BY_ID.has(value);
}

export function getCommunity(id: string): Community | undefined {
  return COMMUNITY_BY_ID.get(id);
}

export function isBroad(place: string): boolean {
  return (BROAD_PLACES as readonly string[]).includes(place);
}

/** The region a place is in; a broad place or a region is its own. */
export function regionOf(place: string): Region | undefined {
  if ((REGIONS as readonly string[]).includes(place)) return place as Region;
  return COMMUNITY_BY_ID.get(place)?.region;
}

/** The place, then the places that contain it, narrowest first: Guelph, Wellington County, its region. */
export function containers(place: string): string[] {
  const c = COMMUNITY_BY_ID.get(place);
  if (!c) return [place];
  return c.within ? [place, c.within, c.region] : [place, c.region];
}

const CHILDREN = new Map<string, string[]>();
for (const c of COMMUNITIES) {
  for (const parent of containers(c.id).slice(1)) CHILDREN.set(parent, [...(CHILDREN.get(parent) ?? []), c.id]);
}

/** Places inside a place (a region's communities, a county's towns); none for a town. */
export function placesWithin(place: string): readonly string[] {
  return CHILDREN.get(place) ?? [];
}

/** The communities of a region that no county contains: how a region page names what it covers. */
export function topCommunities(region: LocalRegion): Community[] {
  return COMMUNITIES.filter((c) => c.region === region && !c.within);
}

/**
 * How closely an entry's areas serve a place: 0 local (the place or a place inside it),
 * 1 the county or district around it, 2 its region, 3 all of Ontario or Canada, and
 * undefined when the entry does not serve it. Lists sort by this, so local help comes
 * first and the province-wide lines are never dropped.
 */
export function servingTier(areas: readonly string[], place: string): 0 | 1 | 2 | 3 | undefined {
  let best: 0 | 1 | 2 | 3 | undefined;
  const around = containers(place);
  for (const area of areas) {
    let tier: 0 | 1 | 2 | 3 | undefined;
    if (isBroad(area)) tier = 3;
    else if (area === place || containers(area).includes(place)) tier = 0;
    else if (around.includes(area)) tier = isLocalRegion(area) ? 2 : 1;
    if (tier !== undefined && (best === undefined || tier < best)) best = tier;
  }
  return best;
}

/**
 * The region-filter values an entry serves: the region of each of its places, and, for
 * a province- or Canada-wide entry, that broad value and every local region. ("Across
 * Ontario" lists what Ontario runs; the national lines stay under "Across Canada".)
 */
export function regionsServed(areas: readonly string[]): Region[] {
  const own = areas.map(regionOf).filter((r): r is Region => r !== undefined);
  return [...new Set(areas.some(isBroad) ? [...own, ...LOCAL_REGIONS] : own)];
}

/**
 * Whether an entry serves a region: its places count for the region they are in, and a
 * province- or country-wide entry serves every region. The region filter and its counts
 * (lists, search) all use this one rule.
 */
export function servesRegion(entry: { service_areas: readonly string[] }, region: Region): boolean {
  return regionsServed(entry.service_areas).includes(region);
}

/** True when an entry serves only places inside Ontario's regions, not the whole province. */
export function isLocal(areas: readonly string[]): boolean {
  return !areas.some(isBroad);
}

export { LOCAL_REGIONS };
