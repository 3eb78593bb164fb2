// Maps the words of a text to term ids while building the index, without cutting a
// string out of the text for every word: indexing 50,000 entries means ~11 million
// words, and slicing plus hashing each one took longer than the rest of the build.
// A word is identified by its length and two independent 30-bit hashes of its
// characters (FNV-1a and a polynomial hash): the chance that two different words of a
// 50,000-entry directory share all three is about one in a hundred million builds.
// Only a word never seen before becomes a string (and goes through `resolve`).
// ASCII only, which is nearly all text; scan() returns -1 for anything else and the
// caller uses words() from ./text. Same result either way: lower case, apostrophes
// dropped, anything but a-z and 0-9 separates words.

const MAX_WORD = 64;
const ENCODER = new TextEncoder();
// Hashes are cut to 30 bits so V8 keeps them as small integers: a 32-bit value passed
// between functions is boxed, one allocation per word.
const SMI = 0x3fffffff;
const FNV_OFFSET = 0x811c9dc5 & SMI;
const FNV_PRIME = 16777619;
const POLY_OFFSET = 7;
const APOSTROPHE = 255;
const OTHER = 254; // not ASCII
// Byte -> lower-case letter or digit, APOSTROPHE for ' and `, OTHER above 127, 0 for a separator.
const CHAR_CLASS = new Uint8Array(256).map((_, c) =>
  c >= 128 ? OTHER : c >= 65 && c <= 90 ? c + 32 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : c === 39 || c === 96 ? APOSTROPHE : 0,
);

function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}

export class WordTable {
  /** Term ids written by scan() and add(); reused (typed, so it keeps its storage). */
  out: Int32Array = new Int32Array(1 << 12);
  // Open addressing on the first hash, kept at most half full; typed arrays throughout.
  private slots = new Int32Array(1 << 12); // entry + 1, or 0 when empty
  private entries = 0;
  private fnv: Int32Array = new Int32Array(1 << 11);
  private poly: Int32Array = new Int32Array(1 << 11);
  private lengths: Int32Array = new Int32Array(1 << 11);
  private ids: Int32Array = new Int32Array(1 << 11);
  private bytes = new Uint8Array(1 << 14);
  private end = 0; // where the word being looked up ends in bytes

  constructor(private readonly resolve: (word: string) => number) {}

  /** Term id for one word (already lower case, no apostrophes). */
  id(word: string): number {
    if (word.length > MAX_WORD) return this.resolve(word);
    let h = FNV_OFFSET;
    let g = POLY_OFFSET;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      h = Math.imul(h ^ c, FNV_PRIME) & SMI;
      g = (Math.imul(g, 31) + c) & SMI;
    }
    return this.lookup(h, g, word.length, word);
  }

  /** Writes ids at out[at...]; returns the end. */
  addAll(at: number, ids: Int32Array): number {
    this.reserve(at + ids.length);
    this.out.set(ids, at);
    return at + ids.length;
  }

  /** Writes id at out[at]; returns at + 1. */
  add(at: number, id: number): number {
    this.reserve(at + 1);
    this.out[at] = id;
    return at + 1;
  }

  /** Writes the term id of each word of text to out from position at; returns the end, or -1 if text is not ASCII. */
  scan(text: string, at: number): number {
    // Encoding to bytes first is 4-5 times faster than charCodeAt on strings that are
    // slices of a parsed file (what YAML and Markdown give us).
    if (text.length * 3 > this.bytes.length) this.bytes = new Uint8Array(text.length * 3 + 1024);
    const bytes = this.bytes;
    const n = ENCODER.encodeInto(text, bytes).written;
    this.reserve(at + (n >> 1) + 1); // at most one word per two bytes
    const out = this.out;
    let h = FNV_OFFSET;
    let g = POLY_OFFSET;
    let length = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? CHAR_CLASS[bytes[i]] : 0;
      if (c === 0) {
        if (length === 0) continue;
        if (length > MAX_WORD) return -1;
        this.end = i;
        out[at++] = this.lookup(h, g, length, undefined);
        h = FNV_OFFSET;
        g = POLY_OFFSET;
        length = 0;
      } else if (c < OTHER) {
        h = Math.imul(h ^ c, FNV_PRIME) & SMI;
        g = (Math.imul(g, 31) + c) & SMI;
        length++;
      } else if (c === OTHER) {
        return -1;
      } // else an apostrophe: skipped, so "women's" is "womens"
    }
    return at;
  }

  private reserve(size: number) {
    while (size > this.out.length) this.out = doubled(this.out);
  }

  private lookup(h: number, g: number, length: number, word: string | undefined): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) return this.insert(s, h, g, length, word ?? this.wordBeforeEnd(length));
      if (this.fnv[e] === h && this.poly[e] === g && this.lengths[e] === length) return this.ids[e];
    }
  }

  // The word that scan() just read: its `length` letters and digits before this.end.
  private wordBeforeEnd(length: number): string {
    const codes: number[] = [];
    for (let i = this.end - 1; codes.length < length; i--) if (CHAR_CLASS[this.bytes[i]] !== APOSTROPHE) codes.push(CHAR_CLASS[this.bytes[i]]);
    return String.fromCharCode(...codes.reverse());
  }

  private insert(slot: number, h: number, g: number, length: number, word: string): number {
    const id = this.resolve(word);
    const e = this.entries++;
    if (e === this.ids.length) [this.fnv, this.poly, this.lengths, this.ids] = [this.fnv, this.poly, this.lengths, this.ids].map(doubled);
    this.fnv[e] = h;
    this.poly[e] = g;
    this.lengths[e] = length;
    this.ids[e] = id;
    this.slots[slot] = e + 1;
    if (this.entries * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow() {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let e = 0; e < this.entries; e++) {
      let s = this.fnv[e] & mask;
      while (this.slots[s]) s = (s + 1) & mask;
      this.slots[s] = e + 1;
    }
  }
}
