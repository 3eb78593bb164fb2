// Pass one of building the index: read every field of every document once and write
// a record per (term, field) with the term's frequency there, document by document.
// The records become postings in ./inverted.ts once every field length is known (BM25
// needs the average). Everything is typed arrays, reused across fields: this loop runs
// ~11 million times for 50,000 entries.
// Words come from the language's analyzer (./analyzer.ts): its prepare() rewrites the
// text for the fast ASCII scan in ./word-table.ts (French cuts its elisions there);
// text the scan cannot read goes through the analyzer's words().

import { words as englishWords } from "./text";
import { WordTable } from "./word-table";

export type FieldSpec = { boost: number; repeats: boolean };
export type FieldText = (doc: number, field: number) => readonly (string | undefined)[];
/** How a language cuts text into words; English by default. */
export type WordSplit = { words: (text: string) => string[]; prepare?: (text: string) => string };

const SHORT = 40;
const MAX_TERMS = 1 << 24;

// A growable Int32Array (typed: a number[] emptied with length = 0 gives up its storage).
function grow(a: Int32Array, size: number): Int32Array {
  if (size <= a.length) return a;
  const next = new Int32Array(Math.max(size, a.length * 2));
  next.set(a);
  return next;
}

export class Collector {
  readonly terms: string[] = [];
  readonly lengths: Uint16Array[];
  readonly totals: Float64Array;
  // One number per record: term id << 8 | field << 5 | frequency (capped at 31, where
  // BM25 has long saturated). A document's records run from docStart[doc] to docStart[doc + 1].
  rec: Int32Array;
  records = 0;
  readonly docStart: Int32Array;
  df: Int32Array = new Int32Array(1 << 10);
  private tf: Int32Array = new Int32Array(1 << 10);
  private lastDoc: Int32Array = new Int32Array(1 << 10).fill(-1);
  private inField: Int32Array = new Int32Array(1 << 10);
  /** Every term and its id. */
  readonly termIds = new Map<string, number>();
  private readonly table: WordTable;
  // Short parts of repeating fields (tags, keywords) are read once.
  private readonly short = new Map<string, Int32Array>();

  private readonly words: (text: string) => string[];
  private readonly prepare: ((text: string) => string) | undefined;

  constructor(size: number, private readonly fields: readonly FieldSpec[], process: (word: string) => string | null, split?: WordSplit) {
    this.words = split?.words ?? englishWords;
    this.prepare = split?.prepare;
    this.lengths = fields.map(() => new Uint16Array(size));
    this.totals = new Float64Array(fields.length);
    // Real entries make ~110 records each: start near that, so a large directory does
    // not copy its records over and over.
    this.rec = new Int32Array(Math.max(1 << 12, size * 128));
    this.docStart = new Int32Array(size + 1);
    this.table = new WordTable((word) => {
      const term = process(word);
      return term === null ? -1 : this.termId(term);
    });
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      if (id >= MAX_TERMS) throw new Error(`search index: more than ${MAX_TERMS} distinct terms`);
      this.termIds.set(term, id);
      if (id >= this.df.length) {
        const size = this.df.length * 2;
        [this.df, this.tf, this.inField] = [grow(this.df, size), grow(this.tf, size), grow(this.inField, size)];
        const lastDoc = new Int32Array(size).fill(-1);
        lastDoc.set(this.lastDoc);
        this.lastDoc = lastDoc;
      }
    }
    return id;
  }

  /** Writes the field's term ids to table.out; returns how many. */
  private read(parts: readonly (string | undefined)[], repeats: boolean): number {
    const { table, short } = this;
    let count = 0;
    for (const text of parts) {
      if (!text) continue;
      const cached = repeats && text.length <= SHORT;
      const known = cached ? short.get(text) : undefined;
      if (known) {
        count = table.addAll(count, known);
        continue;
      }
      const start = count;
      const source = this.prepare === undefined ? text : this.prepare(text);
      const end = table.scan(source, count);
      if (end >= 0) count = end;
      else for (const w of this.words(source)) count = table.add(count, table.id(w));
      if (cached && short.size < 100_000) short.set(text, table.out.slice(start, count));
    }
    return count;
  }

  /** Reads document doc; documents must come in order 0, 1, 2, ... */
  add(doc: number, fieldText: FieldText): void {
    this.docStart[doc] = this.records;
    for (let field = 0; field < this.fields.length; field++) {
      const count = this.read(fieldText(doc, field), this.fields[field].repeats);
      const ids = this.table.out;
      const { tf, inField, lastDoc, df } = this;
      let length = 0;
      let distinct = 0;
      for (let i = 0; i < count; i++) {
        const id = ids[i];
        if (id < 0) continue;
        length++;
        if (tf[id]++ === 0) inField[distinct++] = id;
      }
      this.lengths[field][doc] = Math.min(length, 65535);
      this.totals[field] += length;
      const end = this.records + distinct;
      const rec = (this.rec = grow(this.rec, end));
      for (let j = 0, r = this.records; j < distinct; j++, r++) {
        const id = inField[j];
        rec[r] = (id << 8) | (field << 5) | Math.min(tf[id], 31);
        tf[id] = 0;
        if (lastDoc[id] !== doc) (lastDoc[id] = doc), df[id]++;
      }
      this.records = end;
    }
    this.docStart[doc + 1] = this.records;
  }
}
