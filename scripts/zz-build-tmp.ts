// Search benchmark on synthetic directories of 1,000, 10,000 and 50,000 entries.
// Run: node --expose-gc --import tsx scripts/bench-search.ts [sizes...]
// Targets: p95 <= 5 ms at 10,000 entries, <= 20 ms at 50,000; build <= 2 s at 50,000.
// Entries are built from a word list with a seeded PRNG, so every run is the same.
import fs from "node:fs";
import path from "node:path";
import { parsePhone } from "../lib/content/phone";
import { entrySchemas, type Entry } from "../lib/content/schema";
import { AUDIENCES, KINDS, LANGUAGES, REGIONS } from "../lib/content/taxonomies";
import { createSearch } from "../lib/search/engine";
import { readSearchLists } from "../lib/search/lists";
import { NO_FILTERS } from "../lib/search/query";
import { isStopWord } from "../lib/search/text";

const CONTENT = path.resolve(__dirname, "../content");

// mulberry32: small, fast and deterministic.
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20261122);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
const some = <T>(xs: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(xs)))];

// Text is sampled word by word from the frequencies of our own content (every
// Markdown file under content/), so bodies read like ours statistically: the same
// common words ("trafficking", "support", "call"), stop words and long tail.
function contentWords(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return contentWords(full);
    return d.name.endsWith(".md") ? (fs.readFileSync(full, "utf8").toLowerCase().match(/[a-z][a-z']+/g) ?? []) : [];
  });
}
const CORPUS = contentWords(CONTENT);
const CONTENT_WORDS = CORPUS.filter((w) => w.length > 3 && !isStopWord(w));
const PLACES = "Riverside Lakeshore Northgate Maple Cedar Birch Harbour Valley Hillcrest Pinecrest Bayview Westend Eastview Southgate Oakridge Elmwood Willow Brookside Stonebridge Meadow Sunrise Kingsway Parkdale Greenwood Ashford".split(" ");
const FOCUS = "Youth Women's Family Indigenous Newcomer Survivor Community Healing Housing Legal Health Crisis Outreach Safe Recovery Wellness Justice Victim".split(" ");
const TYPES = "Program Centre Services Network Helpline Clinic Collective Association Coalition Project Support Line House Hub".split(" ");
const sentence = (n: number) => Array.from({ length: n }, () => pick(CORPUS)).join(" ");

function phone(): { number: string; type: "voice"; dial: string; tollFree: boolean } {
  const number = `${2 + int(8)}${int(10)}${int(10)}-${2 + int(8)}${int(10)}${int(10)}-${String(int(10_000)).padStart(4, "0")}`;
  const parsed = parsePhone(number, "voice");
  if (typeof parsed === "string") throw new Error(parsed);
  return { number, type: "voice", ...parsed };
}

function makeEntry(i: number): Entry {
  const kind = pick(KINDS);
  const name = `${pick(PLACES)} ${pick(FOCUS)} ${pick(TYPES)} ${i}`;
  const active = rand() < 0.92;
  return {
    name, kind, slug: `entry-${i}`, file: `entry-${i}.md`, html: "",
    description: `${name}: ${sentence(20 + int(20))}.`.slice(0, 300),
    text: Array.from({ length: 6 + int(8) }, () => `${sentence(10 + int(12))}.`).join(" "),
    status: active ? "active" : pick(["unconfirmed", "inactive"] as const),
    status_note: active ? undefined : "May have moved.",
    audiences: some(AUDIENCES, 1 + int(3)), service_areas: some(REGIONS, 1 + int(2)), languages: some(LANGUAGES, int(3)),
    phones: Array.from({ length: int(3) }, phone), emails: [], keywords: some(CONTENT_WORDS, 3 + int(6)),
    open_24_7: rand() < 0.3, priority: 1 + int(999), assured_date: "2026-01-01", website: "https://www.ontario.ca/",
    sources: [{ title: "Source", url: "https://www.ontario.ca/" }],
    ...(kind === "care-units" ? { partners: [{ name: `${pick(PLACES)} Police`, phones: [] }] } : {}),
  } as Entry;
}

// Proof the synthetic entries are the real shape: a sample passes the real schemas.
function checkShape(entries: Entry[]) {
  for (const e of entries.slice(0, 200)) {
    const { kind, slug: _s, file: _f, html: _h, text: _t, ...data } = e;
    entrySchemas[kind].parse({ ...data, phones: data.phones.map(({ number, type }) => ({ number, type })) });
  }
}

function queries(entries: Entry[], synonyms: string[]): string[] {
  const typo = (w: string) => { const k = 1 + int(w.length - 2); return w.slice(0, k) + w.slice(k + 1); };
  const long = CONTENT_WORDS.filter((w) => w.length >= 6);
  const withPhone = entries.filter((e) => e.phones.length);
  const makers = [
    () => pick(CONTENT_WORDS), // exact word, as often as it occurs in our content
    () => `${pick(FOCUS).toLowerCase()} ${pick(TYPES).toLowerCase()}`, // exact two words
    () => pick(entries).name, // a full name
    () => typo(pick(long)), // typo
    () => `${typo(pick(long))} ${pick(CONTENT_WORDS)}`, // typo in a phrase
    () => pick(long).slice(0, 3 + int(3)), // prefix
    () => pick(synonyms), // synonym
    () => `zq${int(1e6)}xv`, // no match
    () => pick(withPhone).phones[0].number, // phone with dashes
    () => "I need a safe place to stay tonight with my kids", // long sentence
  ];
  return Array.from({ length: 300 }, (_, i) => makers[i % makers.length]());
}

const gc = (globalThis as { gc?: () => void }).gc;
// The index is mostly typed arrays, which live outside the JS heap: count both.
const heap = () => (gc?.(), gc?.(), process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const { lists } = readSearchLists(CONTENT);
const synonymWords = lists.synonyms.flatMap((g) => g.words);
const targets: Record<number, { p95: number; build?: number }> = { 10_000: { p95: 5 }, 50_000: { p95: 20, build: 2000 } };
if (!gc) console.warn("run with node --expose-gc for memory figures");
console.log("entries | build ms | index MB | p50 ms | p95 ms | max ms | avg results | targets");
type Row = { build: number; mb: number; times: number[]; avgResults: number };

// One size per call, so nothing from the previous size is still reachable (and
// counted) when memory is measured.
function measure(size: number): Row {
  const entries = Array.from({ length: size }, (_, i) => makeEntry(i));
  checkShape(entries);
  const before = heap();
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const search = createSearch(entries, lists);
  const build = performance.now() - t0; const cu = process.cpuUsage(c0); console.log("cpu ms", (cu.user + cu.system) / 1000);
  const mb = (heap() - before) / 1024 / 1024;
  const qs: string[] = ["x"];
  for (const q of qs.slice(0, 30)) search.search(q, NO_FILTERS); // warm up the JIT
  const times: number[] = [];
  let found = 0;
  for (const q of qs) {
    const s = performance.now();
    found += search.search(q, NO_FILTERS).total;
    times.push(performance.now() - s);
  }
  return { build, mb, times: times.sort((a, b) => a - b), avgResults: found / qs.length };
}

let failed = false;
// Sizes can be given on the command line (e.g. `... bench-search.ts 50000`) to profile one.
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const size of sizes.length ? sizes : [1_000, 10_000, 50_000]) {
  const { build, mb, times, avgResults } = measure(size);
  const t = targets[size];
  const ok = !t || (pct(times, 95) <= t.p95 && (!t.build || build <= t.build));
  failed ||= !ok;
  const goal = t ? `${ok ? "ok" : "FAIL"} (p95 <= ${t.p95}${t.build ? `, build <= ${t.build}` : ""})` : "-";
  const f = (n: number, d = 2) => n.toFixed(d).padStart(8);
  console.log(`${String(size).padStart(7)} | ${f(build, 0)} | ${gc ? f(mb, 1) : "     n/a"} | ${f(pct(times, 50))} | ${f(pct(times, 95))} | ${f(times[times.length - 1])} | ${f(avgResults, 0)} | ${goal}`);
}
process.exitCode = failed ? 1 : 0;
