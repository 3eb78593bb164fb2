// Finds a place named in a reader's words: "housing in St Catharines" → st-catharines,
// with "housing in" left for the text search. Names are folded (case, accents, dots,
// hyphens, apostrophes; "St"/"Ste"/"Saint"/"Sainte" are one word), and the longest
// name wins, so "Hamilton Township" is not Hamilton. Both languages share the table.

import { COMMUNITIES } from "./communities";
import { LOCAL_REGIONS, type LocalRegion } from "./regions";

// What people call the regions, in English and French. The labels shown on pages live
// in lib/i18n; these are the forms a reader may type.
const REGION_NAMES: Record<LocalRegion, string[]> = {
  northwest: ["Northwestern Ontario", "Northwest Ontario", "Nord-Ouest de l'Ontario", "Nord-Ouest"],
  northeast: ["Northeastern Ontario", "Northeast Ontario", "Nord-Est de l'Ontario", "Nord-Est"],
  "ottawa-area": ["Ottawa area", "Ottawa region", "Eastern Ontario", "Est de l'Ontario", "région d'Ottawa"],
  "kingston-pembroke": ["Kingston-Pembroke", "Quinte"],
  "muskoka-kawarthas": ["Muskoka-Kawarthas", "Kawarthas", "the Kawarthas"],
  toronto: ["Toronto", "City of Toronto", "Scarborough", "Etobicoke", "North York", "East York"],
  durham: ["Durham", "Durham Region", "Region of Durham", "région de Durham"],
  york: ["York", "York Region", "Region of York", "région de York"],
  peel: ["Peel", "Peel Region", "Region of Peel", "région de Peel"],
  halton: ["Halton", "Halton Region", "Region of Halton", "région de Halton"],
  "kitchener-waterloo-barrie": ["Kitchener-Waterloo-Barrie"],
  "hamilton-niagara": ["Hamilton-Niagara", "Niagara Peninsula", "péninsule du Niagara"],
  "london-area": ["London area", "région de London"],
  "windsor-sarnia": ["Windsor-Sarnia"],
  "stratford-bruce": ["Stratford-Bruce", "Bruce Peninsula", "péninsule de Bruce"],
};
// Ordinary words that are also place names: they count only when typed alone.
const ONLY_ALONE = new Set(["tiny", "king", "grey", "essex", "brighton", "oneida", "tay"]);
const MAX_NAME_WORDS = 6;

/** Folds a name or query into plain words: "Sault Ste. Marie" → ["sault", "sainte", "marie"]. */
export function placeWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`.]/g, " ")
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w === "st" ? "saint" : w === "ste" ? "sainte" : w));
}

const TABLE = new Map<string, string>();
const add = (name: string, id: string) => {
  const key = placeWords(name).join(" ");
  if (key && !TABLE.has(key)) TABLE.set(key, id);
};
// Communities first so "Toronto" or "Hamilton" as a town name is never shadowed.
for (const c of COMMUNITIES) [c.name, c.fr, ...(c.aliases ?? [])].forEach((n) => n && add(n, c.id));
for (const r of LOCAL_REGIONS) REGION_NAMES[r].forEach((n) => add(n, r));
// "Ontario" and "Canada" are not looked up: every entry serves them, so they narrow nothing.

export type PlaceMatch = { place: string; rest: string };

/** The longest place name in the text and the words around it, or undefined. */
export function findPlace(text: string): PlaceMatch | undefined {
  const words = placeWords(text);
  for (let len = Math.min(MAX_NAME_WORDS, words.length); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const key = words.slice(i, i + len).join(" ");
      const place = TABLE.get(key);
      if (!place || (ONLY_ALONE.has(key) && words.length > 1)) continue;
      return { place, rest: [...words.slice(0, i), ...words.slice(i + len)].join(" ") };
    }
  }
  return undefined;
}

/** Every name the table knows, for tests and the place list's own checks. */
export function knownPlaceNames(): ReadonlyMap<string, string> {
  return TABLE;
}

/** The names a place is known by, for the search index: "Greater Sudbury", "Sudbury", "Grand Sudbury". */
export function placeNames(id: string): string[] {
  const c = COMMUNITY_BY_NAME_ID.get(id);
  if (c) return [c.name, ...(c.fr ? [c.fr] : []), ...(c.aliases ?? [])];
  return (REGION_NAMES as Record<string, string[]>)[id] ?? [];
}
const COMMUNITY_BY_NAME_ID = new Map(COMMUNITIES.map((c) => [c.id, c]));
