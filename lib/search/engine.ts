// The site search. The index is built once from validated entries and every request
// only reads it. Pure: no server-only, no next/*, safe to build at startup or in a test.
// Words: ./inverted.ts (MiniSearch's radix tree for prefix and fuzzy look-ups, BM25
// postings in typed arrays); phone numbers: ./phones.ts; facets: ./facets.ts.
//
// A query runs as AND over the reader's words (each word OR its synonyms), so "kids
// help phone" is precise; if nothing matches every word it falls back to OR, so a long
// sentence typed in distress still finds something.
//
// One engine per language (createSearch(entries, lists, "fr")): the French one indexes
// each entry's French words (localizeEntry) with the French analyzer (./french.ts) and
// the French lists, and also raises danger for the English phrases. Results are always
// the original entries (the page localizes them), and places, phones, facets and
// status order are the same facts in both languages.

import type { Lang } from "../i18n/lang";
import type { Entry } from "../content/schema";
import { localizeEntry } from "../content/localize";
import { ANALYZERS, ENGLISH, type Analyzer } from "./analyzer";
import { dangerMatcher, synonymExpander, type QueryGroup } from "./expand";
import { applyFilters, facetTable, type FacetCounts } from "./facets";
import { documentBoost, extractField, FIELD_SPECS, FIELDS, PHONE_BOOST } from "./fields";
import { buildPhoneIndex, phoneId } from "./phones";
import { buildIndex } from "./inverted";
import type { SearchLists } from "./lists";
import { hasFilters, normalizeQuery, type SearchFilters } from "./query";
import { expand, Scorer, type Alternative, type Expansion, type QueryTerm } from "./score";
import { collapsePhones } from "./text";
import { bucketSort, Ranker } from "./rank";
import { findPlace } from "../content/places/resolve";
import { BROAD_TIER, NOT_SERVED, PlaceIndex, onlyFiller } from "./places";

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

// Typos allowed grow with the word: none up to 3 letters (so "son" never finds "sin"),
// one up to 7 ("hotlne"), two from 8 ("trafficing", "talk4healng"). Numbers are never
// fuzzy: a phone number one digit off is a different service.
export function fuzziness(term: string): number {
  if (/^\d+$/.test(term) || term.length <= 3) return 0;
  return term.length <= 7 ? 1 : 2;
}

// One- and two-letter prefixes match half the index and tell the reader nothing.
const typed = (term: string): QueryTerm => ({ term, fuzzy: fuzziness(term), prefix: term.length >= 3 });
// Synonyms are our own vocabulary: exact, and a little below what the reader typed.
const synonym = (term: string): QueryTerm => ({ term, fuzzy: 0, prefix: false });
const SYNONYM_WEIGHT = 0.7;
// Words beyond this are ignored for matching (not for danger): nobody types more in a
// search box, and a crafted 200-character query must not cost a large directory a second.
const MAX_WORDS = 12;

function toAlternatives(groups: QueryGroup[], { processTerm, words }: Analyzer): Alternative[][] {
  const terms = (ws: string[]) => ws.flatMap((w) => processTerm(w) ?? []);
  return groups
    .map((g) => [
      { terms: terms(g.own).map(typed), weight: 1 },
      ...g.means.map((m) => ({ terms: terms(words(m)).map(synonym), weight: SYNONYM_WEIGHT })),
    ].filter((alt) => alt.terms.length > 0))
    .filter((alts) => alts.length > 0)
    .slice(0, MAX_WORDS);
}

export function createSearch(entries: Entry[], lists: SearchLists, lang: Lang = "en"): Search {
  const analyzer = ANALYZERS[lang];
  const fieldText =
    lang === "en"
      ? (doc: number, field: number) => extractField(entries[doc], FIELDS[field])
      : (doc: number, field: number) => extractField(localizeEntry(entries[doc], lang), FIELDS[field], lang, entries[doc]);
  const index = buildIndex(entries.length, FIELD_SPECS, fieldText, analyzer.toTerm, analyzer);
  const phones = buildPhoneIndex(entries, PHONE_BOOST);
  const boosts = new Float64Array(entries.length);
  const inactive = new Uint8Array(entries.length);
  const storedOrder = new Int32Array(entries.length);
  // 0 active, 1 unconfirmed, 2 inactive: every list puts entries that may be out of service last.
  const status = new Uint8Array(entries.length);
  entries.forEach((e, i) => {
    boosts[i] = documentBoost(e);
    inactive[i] = e.status === "inactive" ? 1 : 0;
    status[i] = e.status === "active" ? 0 : e.status === "unconfirmed" ? 1 : 2;
    storedOrder[i] = i;
  });
  const places = new PlaceIndex(entries);
  const served = new Int32Array(entries.length);
  const ordered = new Int32Array(entries.length);
  const facets = facetTable(entries);
  const scorer = new Scorer(entries.length);
  const ranker = new Ranker(entries.length);
  const kept = new Int32Array(entries.length);
  const own = lang === "en" ? lists : lists.fr;
  const isDanger = dangerMatcher(own.dangerPhrases, analyzer);
  // A francophone may type English: the English phrases count in a French search too.
  const isEnglishDanger = lang === "en" ? undefined : dangerMatcher(lists.dangerPhrases, ENGLISH);
  const knows = (phrase: string) => {
    const terms = analyzer.analyze(phrase);
    return terms.length > 0 && terms.every((t) => index.exact.has(t) || phoneId(phones, t) !== undefined);
  };
  const expandSynonyms = synonymExpander(own.synonyms, knows, analyzer);

  // Near-word look-ups repeat across queries (synonyms above all); cache a bounded few.
  const cache = new Map<string, Expansion>();
  const expansion = (q: QueryTerm) => {
    const key = `${q.term}|${q.fuzzy}|${q.prefix}`;
    let found = cache.get(key);
    if (!found) {
      if (cache.size >= 5000) cache.clear();
      cache.set(key, (found = expand(index, phones, q)));
    }
    return found;
  };

  function rank(text: string): ArrayLike<number> {
    const groups = toAlternatives(expandSynonyms(collapsePhones(text)), analyzer);
    if (groups.length === 0) return [];
    const count = scorer.run(groups, expansion, boosts);
    return ranker.rank(scorer.matches, count, scorer.score, inactive);
  }

  // Local help first, province-wide after; inside each, confirmed before unconfirmed,
  // then the closest place (tier), keeping the ranked order inside each group.
  function byPlace(candidates: ArrayLike<number>, tiers: Uint8Array): Int32Array {
    let n = 0;
    for (let i = 0; i < candidates.length; i++) if (tiers[candidates[i]] !== NOT_SERVED) served[n++] = candidates[i];
    const key = (d: number) => (tiers[d] === BROAD_TIER ? 3 * BROAD_TIER + status[d] : status[d] * BROAD_TIER + tiers[d]);
    return bucketSort(served, n, key, 3 * BROAD_TIER + 3, ordered);
  }

  function search(q: string, filters: SearchFilters): SearchResponse {
    const text = normalizeQuery(q);
    const danger = text ? isDanger(text) || (isEnglishDanger?.(text) ?? false) : false;
    if (!text && !hasFilters(filters)) {
      // Nothing asked yet: no results, but the counts tell the form what each option holds.
      return { results: [], danger, total: 0, counts: applyFilters(facets, storedOrder, filters, kept).counts, localCount: 0 };
    }
    // A place in the words ("housing in Guelph") narrows to what serves it; the other
    // words are searched as usual, and "help near" alone asks for everything there.
    const found = text ? findPlace(text) : undefined;
    const words = found && onlyFiller(found.rest) ? "" : (found?.rest ?? text);
    // No words: the filters alone choose, in stored order (status, priority, then name).
    const ranked = words ? rank(words) : storedOrder;
    const tiers = found ? places.tiersFor(found.place) : undefined;
    const candidates = tiers ? byPlace(ranked, tiers) : bucketSort(ranked, ranked.length, (d) => status[d], 3, ordered);
    const { count, counts } = applyFilters(facets, candidates, filters, kept);
    const results = new Array<Entry>(count);
    let localCount = 0;
    for (let i = 0; i < count; i++) {
      results[i] = entries[kept[i]];
      if (tiers && tiers[kept[i]] < BROAD_TIER) localCount++;
    }
    return { results, danger, total: count, counts, place: found?.place, localCount };
  }

  return { search, knows };
}
