// Place look-up for search: which entries serve a place, and how closely. Built once
// from the entries' service_areas; a query reads the few postings of the place, the
// places inside it and the places around it, never every entry.
import type { Entry } from "../content/schema";
import { BROAD_PLACES, containers, isLocalRegion, placesWithin } from "../content/places";

export const NOT_SERVED = 255;
/** Tiers, as in lib/content/places servingTier: 0 local ... 3 province- or Canada-wide. */
export const BROAD_TIER = 3;

export class PlaceIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly tiers: Uint8Array;

  constructor(entries: Entry[]) {
    this.tiers = new Uint8Array(entries.length);
    entries.forEach((e, doc) => {
      for (const area of new Set(e.service_areas)) {
        const list = this.postings.get(area);
        if (list) list.push(doc);
        else this.postings.set(area, [doc]);
      }
    });
  }

  /** For each entry, how closely it serves the place (NOT_SERVED if it does not). The view is reused. */
  tiersFor(place: string): Uint8Array {
    const { tiers } = this;
    tiers.fill(NOT_SERVED);
    const mark = (area: string, tier: number) => {
      for (const doc of this.postings.get(area) ?? []) if (tier < tiers[doc]) tiers[doc] = tier;
    };
    for (const broad of BROAD_PLACES) mark(broad, BROAD_TIER);
    for (const around of containers(place).slice(1)) mark(around, isLocalRegion(around) ? 2 : 1);
    mark(place, 0);
    for (const inside of placesWithin(place)) mark(inside, 0);
    return tiers;
  }
}

// Words around a place name that ask for nothing more: "help near Sudbury", "services in
// London", « aide à Hearst ». With only these left, a place search lists all it serves.
const FILLER = new Set([
  "help", "helps", "near", "in", "at", "around", "me", "my", "for", "the", "of", "services", "service",
  "support", "supports", "resources", "find", "local", "area", "region", "city", "town", "ontario",
  "aide", "aider", "a", "au", "aux", "pres", "de", "du", "des", "la", "le", "les", "en", "dans", "region", "ville",
]);

export function onlyFiller(rest: string): boolean {
  return rest.split(/\s+/).every((w) => !w || FILLER.has(w));
}
