// A place's name in the reader's language: regions from the catalogue, communities by
// their proper name (their French form where one is official, e.g. "Grand Sudbury").
import { getCommunity } from "../content/places";
import type { Region } from "../content/taxonomies";
import type { Messages } from "./en";
import type { Lang } from "../lang";
import { requestLang } from "../request-lang";

export function placeLabel(t: Messages, id: string, lang: Lang = requestLang()): string {
  const community = getCommunity(id);
  if (community) return (lang === "fr" && community.fr) || community.name;
  return t.regions[id as Region] ?? id;
}
