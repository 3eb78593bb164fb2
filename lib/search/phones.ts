// Phone numbers get their own small index. They are matched exactly (a number one
// digit off is another service, so no prefix or fuzzy look-up), and nearly every one
// is unique: put through the word index, the ~75,000 numbers of a 50,000-entry
// directory cost it 15% of its build time for nothing it offers.

import { BM25, type Postings } from "./inverted";

export type PhoneIndex = { ids: Map<string, number>; postings: Postings };

/** numbersOf(doc) lists a document's numbers as digits ("8339001010", "9001010", "911"). */
export function buildPhoneIndex(size: number, boost: number, numbersOf: (doc: number) => readonly string[]): PhoneIndex {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const pairs: number[] = []; // id, doc, id, doc, ... in document order
  const lengths = new Uint16Array(size);
  let total = 0;
  for (let doc = 0; doc < size; doc++) {
    const numbers = new Set(numbersOf(doc));
    lengths[doc] = numbers.size;
    total += numbers.size;
    for (const n of numbers) {
      let id = ids.get(n);
      if (id === undefined) ids.set(n, (id = df.push(0) - 1));
      df[id]++;
      pairs.push(id, doc);
    }
  }
  // Counting sort by number, keeping document order; BM25 weights as for a field.
  const offsets = new Int32Array(df.length + 1);
  df.forEach((n, id) => (offsets[id + 1] = offsets[id] + n));
  const next = offsets.slice(0, df.length);
  const docs = new Int32Array(pairs.length / 2);
  const weights = new Float32Array(pairs.length / 2);
  const avg = total / Math.max(size, 1) || 1;
  for (let i = 0; i < pairs.length; i += 2) {
    const [id, doc] = [pairs[i], pairs[i + 1]];
    const idf = Math.log(1 + (size - df[id] + 0.5) / (df[id] + 0.5));
    const norm = BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]) / avg);
    docs[next[id]] = doc;
    weights[next[id]++] = idf * boost * (BM25.d + (BM25.k + 1) / (1 + norm));
  }
  return { ids, postings: { offsets, docs, weights } };
}
