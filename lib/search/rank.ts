// Orders hits: inactive entries last whatever their score, then by score (highest
// first), then in stored order (priority, then name) when scores are equal.
// A broad query on a large directory can hit tens of thousands of entries, where a
// comparator sort takes ~10 ms. Instead each hit gets a 32-bit key (inactive bit, then
// the score as a fraction of the best, inverted) and a stable radix sort orders hits
// that are already in stored order: linear time, ties keep stored order. Buffers are
// reused, so ranking makes no garbage.

const SCORE_LEVELS = 0x7fffffff;

export class Ranker {
  private readonly marked: Uint8Array;
  private readonly count = new Int32Array(256);
  private keys: Uint32Array;
  private docs: Int32Array;
  private keys2: Uint32Array;
  private docs2: Int32Array;

  constructor(private readonly size: number) {
    this.marked = new Uint8Array(size);
    [this.keys, this.keys2] = [new Uint32Array(size), new Uint32Array(size)];
    [this.docs, this.docs2] = [new Int32Array(size), new Int32Array(size)];
  }

  /** hits[0 .. n) ranked; the returned view is valid until the next call. */
  rank(hits: Int32Array, n: number, score: Float64Array, inactive: Uint8Array): Int32Array {
    this.storedOrder(hits, n);
    const { docs, keys } = this;
    let max = 0;
    for (let i = 0; i < n; i++) if (score[docs[i]] > max) max = score[docs[i]];
    for (let i = 0; i < n; i++) {
      const d = docs[i];
      const level = max > 0 ? Math.round((score[d] / max) * SCORE_LEVELS) : 0;
      keys[i] = ((inactive[d] << 31) | (SCORE_LEVELS - level)) >>> 0;
    }
    return this.radixSort(n);
  }

  // Stored order first, so the stable sort keeps it for equal keys. Many hits: mark
  // them and read the marks in order (linear); few: a native sort is quicker.
  private storedOrder(hits: Int32Array, n: number) {
    const { docs, marked, size } = this;
    if (n * 16 < size) {
      docs.set(hits.subarray(0, n));
      docs.subarray(0, n).sort();
      return;
    }
    for (let i = 0; i < n; i++) marked[hits[i]] = 1;
    for (let d = 0, i = 0; d < size; d++) if (marked[d]) (docs[i++] = d), (marked[d] = 0);
  }

  // Least-significant-digit radix sort, 8 bits at a time: stable, four passes.
  private radixSort(n: number): Int32Array {
    const { count } = this;
    for (let shift = 0; shift < 32; shift += 8) {
      const { keys, docs, keys2, docs2 } = this;
      count.fill(0);
      for (let i = 0; i < n; i++) count[(keys[i] >>> shift) & 255]++;
      for (let b = 0, sum = 0; b < 256; b++) {
        const c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const at = count[(keys[i] >>> shift) & 255]++;
        keys2[at] = keys[i];
        docs2[at] = docs[i];
      }
      [this.keys, this.keys2, this.docs, this.docs2] = [keys2, keys, docs2, docs];
    }
    return this.docs.subarray(0, n);
  }
}

/**
 * Stable counting sort of docs[0 .. n) by a small key per doc (0 .. buckets-1): the
 * ranked order is kept inside each bucket. Used to put local help before province-wide
 * lines, and confirmed entries before unconfirmed ones, without re-scoring.
 */
export function bucketSort(docs: ArrayLike<number>, n: number, keyOf: (doc: number) => number, buckets: number, out: Int32Array): Int32Array {
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) starts[keyOf(docs[i]) + 1]++;
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
  for (let i = 0; i < n; i++) out[starts[keyOf(docs[i])]++] = docs[i];
  return out.subarray(0, n);
}
