// Which pages of a template get the expensive checks (axe, layout) when checking every
// page would cost too much: the cheap checks still run on every page (crawl.spec.ts and
// the per-region loop in regions.spec.ts). Like axeSample in support.ts, the sample is
// chosen by what makes pages of one template render differently, not by position, so a
// region whose page shows something no other region shows is always in it. And axe
// itself, run the cheaper way.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
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

export const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe on the page as it is now, for WCAG 2.2 AA (or only the rules given). Legacy mode
 * runs axe.run in the page itself; the default opens a blank page per check to merge
 * the results of cross-origin frames, which costs about as much again. The site has no
 * frames (its CSP says frame-src 'none'), so both give the same result; a page that
 * gains a frame is refused rather than checked halfway.
 */
export async function axe(page: Page, rules?: string[]) {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: check it with AxeBuilder's default mode`);
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  return (rules ? builder.withRules(rules) : builder.withTags(WCAG)).analyze();
}
