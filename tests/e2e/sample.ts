// Which pages of a template get the expensive checks (axe, layout) when checking every
// page would cost too much: the cheap checks still run on every page (crawl.spec.ts and
// the per-region loop in regions.spec.ts). Like axeSample in support.ts, the sample is
// chosen by what makes pages of one template render differently, not by position, so a
// region whose page shows something no other region shows is always in it.
import path from "node:path";
import { readContent } from "../../lib/content/load";
import { LOCAL_REGIONS, servingTier, type LocalRegion } from "../../lib/content/places";

type Entry = ReturnType<typeof readContent>["content"]["entries"][number];

/** A region page's local entries, by the same rule as getEntriesForPlace (tiers 0–2). */
function localEntries(entries: Entry[], region: LocalRegion): Entry[] {
  return entries.filter((e) => {
    const tier = servingTier(e.service_areas, region);
    return tier !== undefined && tier < 3;
  });
}

// What a region page's local section can hold: a card of each kind (its own heading and
// count), an unconfirmed entry's caution, a confidential location, or nothing at all.
function features(local: Entry[]): string[] {
  return [
    ...new Set([
      ...local.map((e) => `kind:${e.kind}`),
      ...local.filter((e) => e.status !== "active").map((e) => `status:${e.status}`),
      ...(local.some((e) => e.location_confidential) ? ["confidential"] : []),
      ...(local.length === 0 ? ["no local help"] : []),
    ]),
  ];
}

/**
 * The region pages axe checks: the one with the most local entries, then (greedily) a
 * region for each kind of local card or caution that is not yet in the sample, then the
 * one with the fewest local entries (the "no local help" message, if a region has none).
 * Three regions today (Toronto, Hamilton–Niagara for its local hotline, Stratford–Bruce).
 */
export function regionSample(): LocalRegion[] {
  const { content } = readContent(path.resolve(__dirname, "../../content"));
  const local = new Map(LOCAL_REGIONS.map((r) => [r, localEntries(content.entries, r)]));
  const bySize = [...LOCAL_REGIONS].sort((a, b) => local.get(b)!.length - local.get(a)!.length);
  const sample: LocalRegion[] = [bySize[0]];
  const covered = new Set(features(local.get(bySize[0])!));
  for (const region of bySize) {
    const adds = features(local.get(region)!).filter((f) => !covered.has(f));
    if (adds.length === 0) continue;
    sample.push(region);
    for (const f of adds) covered.add(f);
  }
  const fewest = bySize[bySize.length - 1];
  if (!sample.includes(fewest)) sample.push(fewest);
  return sample;
}
