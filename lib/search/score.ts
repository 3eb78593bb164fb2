// Scores one query against the index. A query is a list of groups (one per word the
// reader typed); a group is a list of alternatives (the word itself, its synonyms); an
// alternative matches a document only if all of its terms do ("place to stay").
// AND and OR results come out of the same pass: every group matched, or any.

import type { InvertedIndex, Postings } from "./inverted";
import { phoneId, type PhoneIndex } from "./phones";

export type QueryTerm = { term: string; fuzzy: number; prefix: boolean };
export type Alternative = { terms: QueryTerm[]; weight: number };
/** The index terms a query term stands for: ids[i] in sources[i], weighted weights[i]. */
export type Expansion = { ids: number[]; weights: number[]; sources: Postings[] };

// MiniSearch's weights for near matches: a prefix or a typo counts for less than the
// word itself, and less the further it is from what was typed. Capped, so "con"
// cannot pull in every word of a large directory.
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.4;
const MAX_EXPANSIONS = 20;

export function expand(index: InvertedIndex, phones: PhoneIndex, q: QueryTerm): Expansion {
  const found = new Map<string, [id: number, weight: number]>();
  const exact = index.exact.get(q.term);
  if (exact !== undefined) found.set(q.term, [exact, 1]);
  const phone = phoneId(phones, q.term);
  const near: [string, number, number][] = [];
  if (q.prefix) {
    for (const [term, id] of index.vocab.atPrefix(q.term)) {
      if (term !== q.term) near.push([term, id, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - q.term.length))]);
    }
  }
  if (q.fuzzy > 0) {
    for (const [term, [id, distance]] of index.vocab.fuzzyGet(q.term, q.fuzzy)) {
      if (distance > 0 && !(q.prefix && term.startsWith(q.term))) near.push([term, id, (FUZZY_WEIGHT * term.length) / (term.length + distance)]);
    }
  }
  // Keep the most common near words: they are what a reader most likely meant.
  if (near.length > MAX_EXPANSIONS) near.sort((a, b) => index.df[b[1]] - index.df[a[1]]).length = MAX_EXPANSIONS;
  for (const [term, id, weight] of near) if (!found.has(term)) found.set(term, [id, weight]);
  const values = [...found.values()];
  const expansion: Expansion = { ids: values.map((v) => v[0]), weights: values.map((v) => v[1]), sources: values.map(() => index.postings) };
  if (phone !== undefined) expansion.ids.push(phone), expansion.weights.push(1), expansion.sources.push(phones.postings);
  return expansion;
}

/**
 * Reusable per-document buffers: "stamps" mark what the current query touched, so
 * nothing is cleared between queries, and a broad query on a large directory makes no
 * garbage for the collector to pause on.
 */
export class Scorer {
  private stamp = 0;
  private hitCount = 0;
  private readonly hits: Int32Array;
  /** The documents run() returned: matches[0 .. count). Valid until the next run(). */
  readonly matches: Int32Array;
  private readonly seen: Int32Array;
  private readonly groupSeen: Int32Array;
  private readonly altSeen: Int32Array;
  private readonly termSeen: Int32Array;
  private readonly altCount: Uint16Array;
  private readonly groupsHit: Uint16Array;
  private readonly altScore: Float64Array;
  readonly score: Float64Array;

  constructor(size: number) {
    [this.seen, this.groupSeen, this.altSeen, this.termSeen, this.hits, this.matches] = Array.from({ length: 6 }, () => new Int32Array(size));
    [this.altCount, this.groupsHit] = [new Uint16Array(size), new Uint16Array(size)];
    [this.altScore, this.score] = [new Float64Array(size), new Float64Array(size)];
  }

  private next(): number {
    if (this.stamp > 2 ** 30) {
      this.stamp = 0;
      for (const a of [this.seen, this.groupSeen, this.altSeen, this.termSeen]) a.fill(0);
    }
    return ++this.stamp;
  }

  // The common case, one word: no need to check that every term of the alternative matched.
  private single(alt: Alternative, { ids, weights: ws, sources }: Expansion, queryStamp: number, groupStamp: number) {
    const { seen, score, groupsHit, groupSeen, hits } = this;
    for (let e = 0; e < ids.length; e++) {
      const { docs, weights, offsets } = sources[e];
      const w = ws[e] * alt.weight;
      for (let p = offsets[ids[e]], end = offsets[ids[e] + 1]; p < end; p++) {
        const d = docs[p];
        if (seen[d] !== queryStamp) (seen[d] = queryStamp), (score[d] = 0), (groupsHit[d] = 0), (hits[this.hitCount++] = d);
        score[d] += w * weights[p];
        if (groupSeen[d] !== groupStamp) (groupSeen[d] = groupStamp), groupsHit[d]++;
      }
    }
  }

  /**
   * Finds the documents matching every group (or, if none does, any group) and
   * returns how many: they are this.matches[0 .. count), their scores in this.score,
   * multiplied by each document's boost.
   */
  run(groups: Alternative[][], expansion: (q: QueryTerm) => Expansion, boosts: Float64Array): number {
    const queryStamp = this.next();
    this.hitCount = 0;
    for (const group of groups) {
      const groupStamp = this.next();
      for (const alt of group) {
        if (alt.terms.length === 1) {
          this.single(alt, expansion(alt.terms[0]), queryStamp, groupStamp);
          continue;
        }
        const altStamp = this.next();
        const touched: number[] = [];
        for (const q of alt.terms) {
          const termStamp = this.next();
          const { ids, weights: ws, sources } = expansion(q);
          for (let e = 0; e < ids.length; e++) {
            const { docs, weights, offsets } = sources[e];
            const w = ws[e] * alt.weight;
            for (let p = offsets[ids[e]], end = offsets[ids[e] + 1]; p < end; p++) {
              const d = docs[p];
              if (this.altSeen[d] !== altStamp) (this.altSeen[d] = altStamp), (this.altCount[d] = 0), (this.altScore[d] = 0), touched.push(d);
              this.altScore[d] += w * weights[p];
              if (this.termSeen[d] !== termStamp) (this.termSeen[d] = termStamp), this.altCount[d]++;
            }
          }
        }
        for (const d of touched) {
          if (this.altCount[d] !== alt.terms.length) continue;
          if (this.seen[d] !== queryStamp) (this.seen[d] = queryStamp), (this.score[d] = 0), (this.groupsHit[d] = 0), (this.hits[this.hitCount++] = d);
          this.score[d] += this.altScore[d];
          if (this.groupSeen[d] !== groupStamp) (this.groupSeen[d] = groupStamp), this.groupsHit[d]++;
        }
      }
    }
    // Like MiniSearch, a document matching more of the reader's words ranks higher.
    const { hits, matches, score, groupsHit } = this;
    let all = 0;
    for (let i = 0; i < this.hitCount; i++) {
      const d = hits[i];
      score[d] *= groupsHit[d] * boosts[d];
      if (groupsHit[d] === groups.length) matches[all++] = d;
    }
    if (all > 0) return all;
    matches.set(hits.subarray(0, this.hitCount));
    return this.hitCount;
  }
}
