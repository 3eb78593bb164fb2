// Filters and facet counts. Counts are standard faceting: each option's number is what
// the results would be if that option were chosen, with the OTHER filters kept, so a
// reader never picks an option that leads to nothing without being told.
// Each entry's facets are stored as small integers and bit masks: a broad query can
// hit every entry of a large directory, and counting must stay a tight loop.

import { isOpen247 } from "../content/channels";
import type { Entry } from "../content/schema";
import { regionsServed } from "../content/places";
import { AUDIENCES, KINDS, LANGUAGES, REGIONS, type Audience, type Kind, type Language, type Region } from "../content/taxonomies";
import type { SearchFilters } from "./query";

/**
 * Entries that serve a region: an entry's places count for the region they are in, and
 * a province- or country-wide entry serves every region. Filters and counts work at the
 * region level (17 values, so a 32-bit mask holds them); the communities inside a region
 * are resolved to it once per entry, here.
 */
export function servesRegion(entry: Pick<Entry, "service_areas">, region: Region): boolean {
  return regionsServed(entry.service_areas).includes(region);
}

// Imported lists read once into locals: in hot loops each read of an imported binding
// can cost a getter call.
const KIND_LIST: readonly Kind[] = [...KINDS];
const REGION_LIST: readonly Region[] = [...REGIONS];
const AUDIENCE_LIST: readonly Audience[] = [...AUDIENCES];
const LANGUAGE_LIST: readonly Language[] = [...LANGUAGES];
if (REGION_LIST.length > 32) throw new Error("facets keep regions in a 32-bit mask: at most 32 regions");

/** Bit mask (bit i = REGIONS[i]) of the regions an entry serves, by the rule above. */
export function servedRegions(entry: Pick<Entry, "service_areas">): number {
  let mask = 0;
  for (const r of regionsServed(entry.service_areas)) mask |= 1 << REGION_LIST.indexOf(r);
  return mask >>> 0;
}

export type FacetCounts = {
  kind: Record<Kind, number>;
  region: Record<Region, number>;
  audience: Record<Audience, number>;
  language: Record<Language, number>;
  open247: number;
};

// Per entry: its kind, and for each multi-valued facet the bit mask of its values
// (to test a filter) and the id of that mask among the distinct masks (to count: a
// broad query adds 1 per hit to one counter, and masks are expanded once at the end).
type MultiFacet = { mask: Uint32Array; set: Uint32Array; masks: number[] };
export type FacetTable = { kind: Uint8Array; region: MultiFacet; audience: MultiFacet; language: MultiFacet; open247: Uint8Array };

// Plain loops, not TypedArray.from(list, fn): this runs once per entry of a large directory.
function multi(entries: Entry[], maskOf: (e: Entry) => number): MultiFacet {
  const mask = new Uint32Array(entries.length);
  const set = new Uint32Array(entries.length);
  const ids = new Map<number, number>();
  for (let i = 0; i < entries.length; i++) {
    const m = (mask[i] = maskOf(entries[i]));
    let id = ids.get(m);
    if (id === undefined) ids.set(m, (id = ids.size));
    set[i] = id;
  }
  return { mask, set, masks: [...ids.keys()] };
}

const maskOf = <T extends string>(list: readonly T[], values: readonly T[]) => {
  let m = 0;
  for (const v of values) m |= 1 << list.indexOf(v);
  return m;
};

export function facetTable(entries: Entry[]): FacetTable {
  const kind = new Uint8Array(entries.length);
  const open247 = new Uint8Array(entries.length);
  entries.forEach((e, i) => ((kind[i] = KIND_LIST.indexOf(e.kind)), (open247[i] = isOpen247(e) ? 1 : 0)));
  return {
    kind,
    region: multi(entries, servedRegions),
    audience: multi(entries, (e) => maskOf(AUDIENCE_LIST, e.audiences)),
    language: multi(entries, (e) => maskOf(LANGUAGE_LIST, e.languages)),
    open247,
  };
}

// Per-value counts from counts per distinct mask.
function expand<T extends string>(keys: readonly T[], facet: MultiFacet, perSet: Int32Array): Record<T, number> {
  const counts = new Int32Array(keys.length);
  facet.masks.forEach((m, id) => {
    for (let bits = m; bits && perSet[id]; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)] += perSet[id];
  });
  return Object.fromEntries(keys.map((k, i) => [k, counts[i]])) as Record<T, number>;
}

/**
 * Writes the candidates that pass every filter to kept (in the order given; kept must
 * be as long as the directory) and counts facets in the same pass: a candidate failing
 * no filter counts for every facet; one failing exactly one filter counts only for that
 * facet (it would appear if that filter changed); one failing two or more counts for nothing.
 */
export function applyFilters(table: FacetTable, candidates: ArrayLike<number>, filters: SearchFilters, kept: Int32Array): { count: number; counts: FacetCounts } {
  const { region, audience, language } = table;
  const wantKind = filters.kind ? KINDS.indexOf(filters.kind) : -1;
  const wantRegion = filters.region ? 1 << REGIONS.indexOf(filters.region) : 0;
  const wantAudience = filters.audience ? 1 << AUDIENCES.indexOf(filters.audience) : 0;
  const wantLanguage = filters.language ? 1 << LANGUAGES.indexOf(filters.language) : 0;
  const kind = new Int32Array(KINDS.length);
  const [regionSets, audienceSets, languageSets] = [region, audience, language].map((f) => new Int32Array(f.masks.length));
  let open247 = 0;
  let count = 0;
  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i];
    const k = wantKind >= 0 && table.kind[d] !== wantKind ? 1 : 0;
    const r = wantRegion !== 0 && (region.mask[d] & wantRegion) === 0 ? 1 : 0;
    const a = wantAudience !== 0 && (audience.mask[d] & wantAudience) === 0 ? 1 : 0;
    const l = wantLanguage !== 0 && (language.mask[d] & wantLanguage) === 0 ? 1 : 0;
    const o = filters.open247 && !table.open247[d] ? 1 : 0;
    const failed = k + r + a + l + o;
    if (failed > 1) continue;
    if (failed === 0) kept[count++] = d;
    if (failed === 0 || k) kind[table.kind[d]]++;
    if (failed === 0 || r) regionSets[region.set[d]]++;
    if (failed === 0 || a) audienceSets[audience.set[d]]++;
    if (failed === 0 || l) languageSets[language.set[d]]++;
    if ((failed === 0 || o) && table.open247[d]) open247++;
  }
  const counts: FacetCounts = {
    kind: Object.fromEntries(KINDS.map((k, i) => [k, kind[i]])) as Record<Kind, number>,
    region: expand(REGIONS, region, regionSets),
    audience: expand(AUDIENCES, audience, audienceSets),
    language: expand(LANGUAGES, language, languageSets),
    open247,
  };
  return { count, counts };
}
