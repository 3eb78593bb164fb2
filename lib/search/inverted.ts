// The index: MiniSearch's radix tree (SearchableMap) holds the vocabulary and answers
// prefix and fuzzy look-ups; postings live in flat typed arrays. The MiniSearch class
// itself keeps a Map per term per field per document, which took 8 s and 240 MB for
// 50,000 realistic entries and 50-300 ms per broad query; this layout computes the
// same BM25 scores (MiniSearch's formula and defaults) in a fraction of both.
// Language-neutral: the caller passes its analyzer's term and word functions
// (./analyzer.ts), so the same code builds the English and the French index.

import SearchableMap from "minisearch/SearchableMap";
import { Collector, type FieldSpec, type FieldText, type WordSplit } from "./collect";

/** Postings of term t are docs/weights[offsets[t] .. offsets[t + 1]), one per document. */
export type Postings = { offsets: Int32Array; docs: Int32Array; weights: Float32Array };

export type InvertedIndex = {
  size: number;
  /** Every term, for exact look-up. */
  exact: Map<string, number>;
  /** Word terms, for prefix and fuzzy look-up. Numbers are left out: a near number is a wrong number. */
  vocab: SearchableMap<number>;
  /** Documents containing each term. */
  df: Int32Array;
  /** Weights: BM25 summed over the document's fields, each times its boost, times the term's idf. */
  postings: Postings;
};

export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const DIGITS = /^\d+$/;

/**
 * fields: each field's boost, and whether its parts repeat across documents (worth
 * caching). fieldText(doc, field) is the text of one field, in parts; process turns a
 * word into its term, or null to skip it; split cuts text into words (English if absent).
 */
export function buildIndex(size: number, fields: readonly FieldSpec[], fieldText: FieldText, process: (word: string) => string | null, split?: WordSplit): InvertedIndex {
  const c = new Collector(size, fields, process, split);
  for (let doc = 0; doc < size; doc++) c.add(doc, fieldText);
  const termCount = c.terms.length;
  const df = c.df.slice(0, termCount);
  const postings = invert(c, size, fields, df);
  const vocab = new SearchableMap<number>();
  c.terms.forEach((term, id) => DIGITS.test(term) || vocab.set(term, id));
  return { size, exact: c.termIds, vocab, df, postings };
}

// Pass two: counting sort of the records by term, computing each one's weight as it
// lands. Records come document by document, so a term's fields in one document land
// one after another and are summed into a single posting.
function invert(c: Collector, size: number, fields: readonly FieldSpec[], df: Int32Array): Postings {
  const { rec, docStart, lengths } = c;
  const termCount = df.length;
  const fieldCount = fields.length;
  const avg = Array.from(c.totals, (t) => t / Math.max(size, 1) || 1);
  const idf = Float64Array.from(df, (n) => Math.log(1 + (size - n + 0.5) / (n + 0.5)));
  const offsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + df[t];
  const next = offsets.slice(0, termCount);
  const lastDoc = new Int32Array(termCount).fill(-1);
  const docs = new Int32Array(offsets[termCount]);
  const weights = new Float32Array(offsets[termCount]);
  const norm = new Float64Array(fieldCount);
  for (let doc = 0; doc < size; doc++) {
    for (let f = 0; f < fieldCount; f++) norm[f] = BM25.k * (1 - BM25.b + (BM25.b * lengths[f][doc]) / avg[f]);
    for (let r = docStart[doc]; r < docStart[doc + 1]; r++) {
      const term = rec[r] >>> 8;
      const field = (rec[r] >>> 5) & 7;
      const n = rec[r] & 31;
      const w = idf[term] * fields[field].boost * (BM25.d + (n * (BM25.k + 1)) / (n + norm[field]));
      if (lastDoc[term] === doc) weights[next[term] - 1] += w;
      else (lastDoc[term] = doc), (docs[next[term]] = doc), (weights[next[term]++] = w);
    }
  }
  return { docs, weights, offsets };
}
