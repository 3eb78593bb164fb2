// The search a page calls: one index per language, built once per server process from
// the validated content (never per request). Results are the original entries:
// localize them for display.

import "server-only";
import { getLoadedContent } from "../content";
import type { Lang } from "../lang";
import { createSearch, type Search } from "./engine";

const searches: Partial<Record<Lang, Search>> = {};

export function getSearch(lang: Lang = "en"): Search {
  const { entries, searchLists } = getLoadedContent();
  return (searches[lang] ??= createSearch(entries, searchLists, lang));
}
