// The site search, on MiniSearch: its index, its BM25 scoring and its query tree. The
// index is built once from validated entries and every request only reads it. Pure: no
// server-only, no next/*, safe to build at startup or in a test (pages use ./index.ts).
//
// A query is a tree: AND over the reader's words, each word an OR of itself and the
// phrases it stands for (./synonyms.ts, a little lower), so "kids help phone" is
// precise; if nothing matches every word it falls back to OR, so a long sentence typed
// in distress still finds something. A place in the words ("housing in Guelph")
// narrows the results to what serves it, local help first.
//
// One engine per language (createSearch(entries, lists, "fr")): the French one indexes
// each entry's French words (localizeEntry) with the French analyzer and the French
// lists, and also raises danger for the English phrases. Results are always the
// original entries (the page localizes them); places, facets and status order are the
// same facts in both languages.

import MiniSearch, { type Query, type SearchResult } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import { localizeEntry } from "../content/localize";
import { servingTier } from "../content/places";
import { findPlace } from "../content/places/resolve";
import type { Entry } from "../content/schema";
import type { SearchLists } from "../content/search-lists";
import type { Lang } from "../lang";
import { ANALYZERS, ENGLISH } from "./analyzer";
import { dangerMatcher } from "./danger";
import { applyFilters, facetsOf, type FacetCounts } from "./facets";
import { BOOST, documentBoost, fieldText, FIELDS } from "./fields";
import { collapsePhones, hasFilters, normalizeQuery, type SearchFilters } from "./query";
import { synonymExpander } from "./synonyms";

/**
 * `place` is the place the query named, if any; then results[0 .. localCount) serve it
 * locally and the rest are the province- and Canada-wide entries that serve it too.
 */
export type SearchResponse = { results: Entry[]; danger: boolean; total: number; counts: FacetCounts; place?: string; localCount: number };
export type Search = {
  search: (q: string, filters: SearchFilters) => SearchResponse;
  /** Whether every word of a phrase (folded, stemmed, stop words aside) is in the index. */
  knows: (phrase: string) => boolean;
};

const DIGITS = /^\d+$/;
// Typos allowed grow with the word: none up to 3 letters (so "son" never finds "sin"),
// one up to 7 ("hotlne"), two from 8 ("trafficing", "talk4healng"). Numbers are never
// fuzzy: a phone number one digit off is a different service.
export function fuzziness(term: string): number {
  if (DIGITS.test(term) || term.length <= 3) return 0;
  return term.length <= 7 ? 1 : 2;
}
// One- and two-letter prefixes match half the index and tell the reader nothing; a
// number is whole or wrong.
const prefix = (term: string) => term.length >= 3 && !DIGITS.test(term);
// Synonyms are our own vocabulary: exact, and a little below what the reader typed. A
// word found through a typo counts as MiniSearch weighs its own fuzzy matches.
const SYNONYM_BOOST = 0.7;
const TYPO_BOOST = 0.45;
const exact = (boost: number) => ({ fuzzy: false, prefix: false, boostTerm: () => boost });
// Words beyond this are ignored for matching (not for danger): nobody types more in a
// search box, and a crafted 200-character query must not cost a second.
const MAX_WORDS = 12;
/** Tiers, as lib/content/places servingTier gives them: 0 local ... 3 province- or Canada-wide. */
const BROAD_TIER = 3;
const STATUS = { active: 0, unconfirmed: 1, inactive: 2 } as const;

// Words around a place name that ask for nothing more: "help near Sudbury", "services in
// London", « aide à Hearst ». With only these left, a place search lists all it serves.
const FILLER = new Set([
  "help", "helps", "near", "in", "at", "around", "me", "my", "for", "the", "of", "services", "service",
  "support", "supports", "resources", "find", "local", "area", "region", "city", "town", "ontario",
  "aide", "aider", "a", "au", "aux", "pres", "de", "du", "des", "la", "le", "les", "en", "dans", "region", "ville",
]);
const onlyFiller = (rest: string) => rest.split(/\s+/).every((w) => !w || FILLER.has(w));

export function createSearch(entries: Entry[], lists: SearchLists, lang: Lang = "en"): Search {
  const analyzer = ANALYZERS[lang];
  const boosts = entries.map(documentBoost);
  const status = entries.map((e) => STATUS[e.status]);
  const facets = entries.map(facetsOf);
  const storedOrder = entries.map((_, i) => i);

  const vocabulary = new Set<string>();
  // Each indexed word as written, where its stem differs, with that stem: for typos (below).
  const written = new SearchableMap<string>();
  const index = new MiniSearch<number>({
    fields: [...FIELDS],
    // Documents are positions in `entries`; the text is read once, here, and not kept.
    extractField: (doc, field) => (field === "id" ? doc : fieldText(localizeEntry(entries[doc], lang), field as (typeof FIELDS)[number], lang, entries[doc])),
    tokenize: analyzer.words,
    processTerm: (word) => {
      const term = analyzer.term(word);
      if (term !== null) vocabulary.add(term);
      if (term !== null && term !== word) written.set(word, term);
      return term;
    },
    searchOptions: {
      boost: BOOST, boostDocument: (doc) => boosts[doc], fuzzy: fuzziness, prefix,
      // Query trees hold terms already analyzed (below).
      tokenize: (term) => [term], processTerm: (term) => term,
    },
  });
  index.addAll(storedOrder);

  const own = lang === "en" ? lists : lists.fr;
  const isDanger = dangerMatcher(own.dangerPhrases, analyzer);
  // A francophone may type English: the English phrases count in a French search too.
  const isEnglishDanger = lang === "en" ? undefined : dangerMatcher(lists.dangerPhrases, ENGLISH);
  const knows = (phrase: string) => {
    const terms = analyzer.analyze(phrase);
    return terms.length > 0 && terms.every((t) => vocabulary.has(t));
  };
  const expandSynonyms = synonymExpander(own.synonyms, knows, analyzer);

  // A typed word is looked up by its stem. A stem the index does not hold is likely a
  // typo, and a stem is shorter than its word, so it allows fewer typos: then the stems
  // of the indexed words within the typos the word as typed allows count too, a little
  // lower ("trafcking" is two edits from "trafficking", three from its stem "traffick").
  const typed = (word: string): Query[] => {
    const term = analyzer.term(word);
    if (term === null) return [];
    const near = vocabulary.has(term) ? [] : [...new Set([...written.fuzzyGet(word, fuzziness(word)).values()].map(([stem]) => stem))];
    return [near.length ? { combineWith: "OR", queries: [term, { combineWith: "OR", queries: near, ...exact(TYPO_BOOST) }] } : term];
  };
  const all = (queries: Query[], options = {}): Query[] => (queries.length ? [{ combineWith: "AND", queries, ...options }] : []);

  function query(text: string): Query[] {
    return expandSynonyms(collapsePhones(text))
      .map((g): Query[] => [...all(g.own.flatMap(typed)), ...g.means.flatMap((m) => all(analyzer.analyze(m), exact(SYNONYM_BOOST)))])
      .filter((alternatives) => alternatives.length > 0)
      .slice(0, MAX_WORDS)
      .map((alternatives) => ({ combineWith: "OR", queries: alternatives }));
  }

  function rank(text: string): number[] {
    const words = query(text);
    if (words.length === 0) return [];
    let hits: SearchResult[] = index.search({ combineWith: "AND", queries: words });
    if (hits.length === 0 && words.length > 1) hits = index.search({ combineWith: "OR", queries: words });
    // Confirmed before unconfirmed before inactive, whatever the score; equal scores keep stored order.
    hits.sort((a, b) => status[a.id] - status[b.id] || b.score - a.score || a.id - b.id);
    return hits.map((h) => h.id as number);
  }

  function search(q: string, filters: SearchFilters): SearchResponse {
    const text = normalizeQuery(q);
    const danger = text ? isDanger(text) || (isEnglishDanger?.(text) ?? false) : false;
    if (!text && !hasFilters(filters)) {
      // Nothing asked yet: no results, but the counts tell the form what each option holds.
      return { results: [], danger, total: 0, counts: applyFilters(facets, storedOrder, filters).counts, localCount: 0 };
    }
    const found = text ? findPlace(text) : undefined;
    const words = found && onlyFiller(found.rest) ? "" : (found?.rest ?? text);
    // No words: the filters alone choose, in stored order by status.
    let candidates = words ? rank(words) : [...storedOrder].sort((a, b) => status[a] - status[b]);
    let tiers: (number | undefined)[] = [];
    if (found) {
      // Local help first, province-wide after; inside each, confirmed before unconfirmed,
      // then the closest place, keeping the ranked order inside each group.
      tiers = entries.map((e) => servingTier(e.service_areas, found.place));
      const key = (d: number) => (tiers[d] === BROAD_TIER ? 3 * BROAD_TIER + status[d] : status[d] * BROAD_TIER + tiers[d]!);
      candidates = candidates.filter((d) => tiers[d] !== undefined).sort((a, b) => key(a) - key(b));
    }
    const { kept, counts } = applyFilters(facets, candidates, filters);
    const localCount = found ? kept.filter((d) => tiers[d]! < BROAD_TIER).length : 0;
    return { results: kept.map((d) => entries[d]), danger, total: kept.length, counts, place: found?.place, localCount };
  }

  return { search, knows };
}
