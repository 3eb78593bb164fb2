// Phone numbers get their own small index. They are matched exactly (a number one
// digit off is another service, so no prefix or fuzzy look-up), nearly every one is
// unique, and as strings in the word index the ~75,000 numbers of a 50,000-entry
// directory cost a tenth of the whole build. Here a number is its numeric value (North
// American numbers never start with 0), kept in a sorted array, found by binary search.

import type { Entry } from "../content/schema";
import { BM25, type Postings } from "./inverted";

export type PhoneIndex = { keys: Float64Array; postings: Postings };

// dial is normalized by the content schema: "+18339001010", "911", "686868" or "*877".
// A full number is found by its 10 digits and by its local 7.
function addKeys(dial: string, doc: number, out: number[]): void {
  const full = dial.startsWith("+1");
  const n = Number(full ? dial.slice(2) : dial.replace("*", ""));
  if (!Number.isFinite(n)) return;
  out.push(n * DOC_SPACE + doc);
  if (full) out.push((n % 1e7) * DOC_SPACE + doc);
}

// Each (number, document) pair is one double, number * 2^19 + document: numbers stay
// below 10^10 and documents below 2^19, so the pair is below 2^53 and exact, and a
// plain numeric sort groups numbers in document order without a comparator.
const DOC_SPACE = 2 ** 19;

export function buildPhoneIndex(entries: Entry[], boost: number): PhoneIndex {
  if (entries.length > DOC_SPACE) throw new Error(`phone index: more than ${DOC_SPACE} entries`);
  const packed: number[] = [];
  entries.forEach((e, doc) => {
    for (const p of e.phones) addKeys(p.dial, doc, packed);
    if ("partners" in e) for (const partner of e.partners) for (const p of partner.phones) addKeys(p.dial, doc, packed);
  });
  const pairs = Float64Array.from(packed).sort();

  // Group by number (a number listed twice on one entry counts once); count each
  // entry's numbers for BM25's length normalization.
  const keys: number[] = [];
  const offsets: number[] = [];
  const docs: number[] = [];
  const lengths = new Uint16Array(entries.length);
  for (let i = 0; i < pairs.length; i++) {
    if (i > 0 && pairs[i] === pairs[i - 1]) continue;
    const key = Math.floor(pairs[i] / DOC_SPACE);
    const doc = pairs[i] - key * DOC_SPACE;
    if (keys.length === 0 || keys[keys.length - 1] !== key) keys.push(key), offsets.push(docs.length);
    docs.push(doc);
    lengths[doc]++;
  }
  offsets.push(docs.length);
  const avg = docs.length / Math.max(entries.length, 1) || 1;
  const weights = new Float32Array(docs.length);
  for (let t = 0; t < keys.length; t++) {
    const df = offsets[t + 1] - offsets[t];
    const idf = Math.log(1 + (entries.length - df + 0.5) / (df + 0.5));
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      const norm = BM25.k * (1 - BM25.b + (BM25.b * lengths[docs[i]]) / avg);
      weights[i] = idf * boost * (BM25.d + (BM25.k + 1) / (1 + norm));
    }
  }
  return { keys: Float64Array.from(keys), postings: { offsets: Int32Array.from(offsets), docs: Int32Array.from(docs), weights } };
}

/** The id of a number typed as digits ("8339001010", "9001010"), or undefined. */
export function phoneId(index: PhoneIndex, digits: string): number | undefined {
  if (!/^\d{3,11}$/.test(digits)) return undefined;
  const n = Number(digits);
  let [lo, hi] = [0, index.keys.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.keys[mid] === n) return mid;
    if (index.keys[mid] < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
