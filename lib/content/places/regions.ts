// The regions a reader chooses from. They are Statistics Canada's economic regions of
// Ontario (Standard Geographical Classification 2021), because those are built from
// whole census divisions: together they cover the province with no gap and no overlap,
// and every county, district and city falls in exactly one. The Toronto economic
// region (3530) is split into its five census divisions (Toronto and the regional
// municipalities of Durham, York, Peel and Halton), because each runs its own police,
// victim services, CARE Unit and coalition. Labels live in lib/i18n.

export const LOCAL_REGIONS = [
  "northwest", // 3595: Kenora, Rainy River and Thunder Bay districts
  "northeast", // 3590: Algoma, Cochrane, Manitoulin, Nipissing, Parry Sound, Sudbury, Timiskaming, Greater Sudbury
  "ottawa-area", // 3510: Ottawa, Prescott and Russell, Stormont Dundas and Glengarry, Leeds and Grenville, Lanark
  "kingston-pembroke", // 3515: Frontenac, Lennox and Addington, Hastings, Prince Edward, Renfrew
  "muskoka-kawarthas", // 3520: Muskoka, Haliburton, Kawartha Lakes, Peterborough, Northumberland
  "toronto", // 3530 (part): the City of Toronto
  "durham", // 3530 (part)
  "york", // 3530 (part)
  "peel", // 3530 (part)
  "halton", // 3530 (part)
  "kitchener-waterloo-barrie", // 3540: Waterloo, Wellington, Dufferin, Simcoe
  "hamilton-niagara", // 3550: Hamilton, Niagara, Haldimand-Norfolk, Brant
  "london-area", // 3560: Middlesex, Elgin, Oxford
  "windsor-sarnia", // 3570: Essex, Chatham-Kent, Lambton
  "stratford-bruce", // 3580: Perth, Huron, Bruce, Grey
] as const;
export type LocalRegion = (typeof LOCAL_REGIONS)[number];

/** Places wider than any region: an entry that serves one serves every place in Ontario. */
export const BROAD_PLACES = ["canada", "ontario"] as const;
export type BroadPlace = (typeof BROAD_PLACES)[number];

/** The region filter's values: the broad places, then the local regions (32 at most: facets use bit masks). */
export const REGIONS = [...BROAD_PLACES, ...LOCAL_REGIONS] as const;
export type Region = (typeof REGIONS)[number];
export const BROAD_REGIONS: readonly Region[] = BROAD_PLACES;

export function isLocalRegion(value: string): value is LocalRegion {
  return (LOCAL_REGIONS as readonly string[]).includes(value);
}
