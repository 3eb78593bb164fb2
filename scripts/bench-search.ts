// Search benchmark over the directory's real range: our own entries (about 93), then
// synthetic directories of 1,000 (the size the Canadian hotline refers to) and 3,000
// entries (the US national directory holds 3,000-4,000), for the English index and then
// the French one (createSearch(..., "fr")) of the same entries.
// Run: node --expose-gc --import tsx scripts/bench-search.ts [sizes...]   (0 = the real entries)
// Target, each language: p95 <= 25 ms at 3,000 entries.
// Entries are built from our own content's words with a seeded PRNG: every run is the same.
// French words come from the .fr.md files, drawn from a second PRNG after the English
// run, so the English entries and queries are exactly those of earlier runs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parsePhone } from "../lib/content/phone";
import { entrySchemas, type Entry } from "../lib/content/schema";
import type { Lang } from "../lib/lang";
import { COMMUNITIES, PLACES as ALL_PLACES } from "../lib/content/places";
import { AUDIENCES, KINDS, LANGUAGES } from "../lib/content/taxonomies";
import { readContent } from "../lib/content/load";
import { createSearch } from "../lib/search/engine";
import { NO_FILTERS } from "../lib/search/query";
import { isFrenchStopWord } from "../lib/search/french";
import { isStopWord } from "../lib/search/english";

const CONTENT = path.resolve(__dirname, "../content");

// mulberry32: small, fast and deterministic.
function prng(start: number) {
  let seed = start;
  return () => {
    let t = Math.imul((seed = (seed + 0x6d2b79f5) | 0) ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// English entries and queries use one sequence; the French words another.
const english = prng(20261122);
const french = prng(20261123);
let rand = english;
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
    return d.name.endsWith(".md") && !d.name.endsWith(".fr.md") ? (fs.readFileSync(full, "utf8").toLowerCase().match(/[a-z][a-z']+/g) ?? []) : [];
  });
}
const CORPUS = contentWords(CONTENT);
const CONTENT_WORDS = CORPUS.filter((w) => w.length > 3 && !isStopWord(w));
// The same from the French files, accents, elisions and all ("l'aide", "d’urgence").
function frenchWords(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return frenchWords(full);
    return d.name.endsWith(".fr.md") ? (fs.readFileSync(full, "utf8").toLowerCase().match(/\p{L}[\p{L}'’]+/gu) ?? []) : [];
  });
}
const FR_CORPUS = frenchWords(CONTENT);
const FR_WORDS = FR_CORPUS.filter((w) => w.length > 3 && !/['’]/.test(w) && !isFrenchStopWord(w.normalize("NFD").replace(/\p{M}/gu, "")));
const FR_FOCUS = "Jeunes Femmes Famille Autochtone Nouveaux arrivants Survivantes Communauté Guérison Hébergement Juridique Santé Crise Proximité Sécurité Rétablissement Mieux-être Justice Victimes".split(" ");
const FR_TYPES = "Programme Centre Services Réseau Ligne Clinique Collectif Association Coalition Projet Soutien Maison Carrefour".split(" ");
// Proper nouns (places, organizations) are built from syllables: like real names they
// are mostly rare words, so the vocabulary grows with the directory.
const SYLLABLES = "ash bur ken more dale ton wick field brook stone haven glen ridge wood ford ley mont lake bay port vale crest burn holm thorn win oak elm cedar pine maple".split(" ");
const properNoun = () => Array.from({ length: 2 + int(2) }, () => pick(SYLLABLES)).join("").replace(/^./, (c) => c.toUpperCase());
const PLACES = "Riverside Lakeshore Northgate Maple Cedar Birch Harbour Valley Hillcrest Pinecrest Bayview Westend Eastview Southgate Oakridge Elmwood Willow Brookside Stonebridge Meadow Sunrise Kingsway Parkdale Greenwood Ashford".split(" ");
const FOCUS = "Youth Women's Family Indigenous Newcomer Survivor Community Healing Housing Legal Health Crisis Outreach Safe Recovery Wellness Justice Victim".split(" ");
const TYPES = "Program Centre Services Network Helpline Clinic Collective Association Coalition Project Support Line House Hub".split(" ");
const sentence = (n: number, corpus = CORPUS) => Array.from({ length: n }, () => pick(corpus)).join(" ");

function phone() {
  const number = `${200 + int(800)}-${200 + int(800)}-${String(int(10_000)).padStart(4, "0")}`;
  return { number, type: "voice" as const, open_24_7: rand() < 0.3, confirmed: true, ...(parsePhone(number, "voice") as Exclude<ReturnType<typeof parsePhone>, string>) };
}

function makeEntry(i: number): Entry {
  const kind = pick(KINDS);
  const name = [rand() < 0.5 ? properNoun() : pick(PLACES), pick(FOCUS), pick(TYPES)].join(" ");
  const active = rand() < 0.92;
  return {
    name, kind, slug: `entry-${i}`, file: `entry-${i}.md`, html: "",
    description: `${name}: ${sentence(20 + int(20))}.`.slice(0, 300),
    text: Array.from({ length: 6 + int(8) }, () => `${sentence(10 + int(12))}.`).join(" "),
    status: active ? "active" : pick(["unconfirmed", "inactive"] as const),
    status_note: active ? undefined : "May have moved.",
    audiences: some(AUDIENCES, 1 + int(3)), service_areas: some(ALL_PLACES, 1 + int(2)), led_by: [], offers: [], location_confidential: false, languages: some(LANGUAGES, int(3)),
    phones: Array.from({ length: int(3) }, phone), emails: [], keywords: some(CONTENT_WORDS, 3 + int(6)),
    priority: 1 + int(999), assured_date: "2026-01-01", website: "https://www.ontario.ca/",
    sources: [{ title: "Source", url: "https://www.ontario.ca/" }],
    ...(kind === "care-units" ? { partners: [{ name: `${pick(PLACES)} Police`, phones: [] }] } : {}),
  } as Entry;
}

// The entry's French words, as lib/content/load.ts attaches them; the facts stay shared.
function addFrench(e: Entry): Entry {
  const name = `${pick(FR_TYPES)} ${pick(FR_FOCUS)} ${e.name.split(" ")[0]}`;
  const fr = {
    name, html: "", keywords: some(FR_WORDS, 3 + int(6)),
    description: `${name} : ${sentence(20 + int(20), FR_CORPUS)}.`.slice(0, 300),
    text: Array.from({ length: 6 + int(8) }, () => `${sentence(10 + int(12), FR_CORPUS)}.`).join(" "),
    ...(e.status_note ? { status_note: "Le service a peut-être déménagé." } : {}),
  };
  return { ...e, fr } as Entry;
}

// Proof the synthetic entries are the real shape: a sample passes the real schemas.
function checkShape(entries: Entry[]) {
  for (const e of entries.slice(0, 200)) {
    const { kind, slug: _s, file: _f, html: _h, text: _t, ...data } = e;
    entrySchemas[kind].parse({ ...data, phones: data.phones.map(({ number, type }) => ({ number, type })) });
  }
}

function frenchQueries(entries: Entry[], synonyms: string[]): string[] {
  const typo = (w: string) => { const k = 1 + int(w.length - 2); return w.slice(0, k) + w.slice(k + 1); };
  const long = FR_WORDS.filter((w) => w.length >= 6);
  const withPhone = entries.filter((e) => e.phones.length);
  const makers = [
    () => pick(FR_WORDS),
    () => `${pick(FR_TYPES).toLowerCase()} ${pick(FR_FOCUS).toLowerCase()}`,
    () => pick(entries).fr!.name,
    () => typo(pick(long)),
    () => `${typo(pick(long))} ${pick(FR_WORDS)}`,
    () => pick(long).slice(0, 3 + int(3)),
    () => pick(synonyms),
    () => `zq${int(1e6)}xv`,
    () => pick(withPhone).phones[0].number,
    () => "j’ai besoin d’un endroit sûr pour dormir ce soir avec mes enfants",
    () => ((c) => c.fr ?? c.name)(pick(COMMUNITIES)), // a place alone, by its French name where it has one
    () => `${pick(FR_WORDS)} à ${pick(COMMUNITIES).name}`,
  ];
  return Array.from({ length: 300 }, (_, i) => makers[i % makers.length]());
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
    () => pick(COMMUNITIES).name, // a place alone: everything that serves it, local first
    () => `${pick(CONTENT_WORDS)} in ${pick(COMMUNITIES).name}`, // words and a place
  ];
  return Array.from({ length: 300 }, (_, i) => makers[i % makers.length]());
}

const gc = (globalThis as { gc?: () => void }).gc;
// The JS heap and typed arrays (which live outside it), so any index layout is counted.
const heap = () => (gc?.(), gc?.(), process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const { content } = readContent(CONTENT);
const lists = content.searchLists;
const TARGETS: Record<number, { p95: number }> = { 3_000: { p95: 25 } };

// One size per call, so nothing of the previous size is still reachable when memory is
// measured. The build runs three times and the median counts: the machine is shared.
// The French view of each entry (localizeEntry) is made in the first French build and
// cached, as on the site: build times of later rounds and the memory shown (last round)
// are the index alone.
function measure(entries: Entry[], lang: Lang) {
  const builds: number[] = [];
  let search: ReturnType<typeof createSearch> | undefined;
  let mb = 0;
  for (let round = 0; round < 3; round++) {
    search = undefined;
    const before = heap();
    const t0 = performance.now();
    search = createSearch(entries, lists, lang);
    builds.push(performance.now() - t0);
    mb = (heap() - before) / 1024 / 1024;
  }
  const qs = lang === "en" ? queries(entries, lists.synonyms.flatMap((g) => g.words)) : frenchQueries(entries, lists.fr.synonyms.flatMap((g) => g.words));
  for (const q of qs.slice(0, 30)) search!.search(q, NO_FILTERS); // warm up the JIT
  let found = 0;
  // Wall time is what a reader waits. CPU time (the process's, on all threads: the search
  // and its garbage collection) is not inflated by a busy shared machine, so when wall
  // time is far above it, the figures measure the neighbours.
  const cpu: number[] = [];
  const times = qs.map((q) => {
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    found += search!.search(q, NO_FILTERS).total;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    return performance.now() - t0;
  });
  return { build: builds.sort((a, b) => a - b)[1], mb, times: times.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b), results: found / qs.length };
}

if (!gc) console.warn("run with node --expose-gc for the memory column");
console.log(`${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}; 300 queries per size; build = median of 3\n`);
const columns = ["lang", "entries", "build ms", "index MB", "p50 ms", "p95 ms", "max ms", "cpu p95 ms", "avg results", "targets"];
console.log(columns.map((c) => c.padStart(11)).join(" |"));
let failed = false;
// Sizes can be given on the command line (e.g. `... bench-search.ts 3000`) to profile one.
const sizes = process.argv.slice(2).map(Number).filter((n) => n >= 0);
function report(lang: Lang, size: number, { build, mb, times, cpu, results }: ReturnType<typeof measure>, label = String(size)) {
  const t = TARGETS[size];
  const ok = !t || pct(times, 95) <= t.p95;
  failed ||= !ok;
  const goal = t ? `${ok ? "ok" : "FAIL"}: p95 <= ${t.p95}` : "-";
  const cells = [lang, label, build.toFixed(0), gc ? mb.toFixed(1) : "n/a", ...[50, 95].map((p) => pct(times, p).toFixed(2)), times.at(-1)!.toFixed(2), pct(cpu, 95).toFixed(2), results.toFixed(0)];
  console.log([...cells.map((c) => String(c).padStart(11)), ` ${goal}`].join(" |"));
}
for (const size of sizes.length ? sizes : [0, 1_000, 3_000]) {
  if (size === 0) {
    // Our own entries, English and French words as published (queries are drawn the same way).
    rand = english;
    report("en", content.entries.length, measure(content.entries, "en"), `${content.entries.length} real`);
    rand = french;
    report("fr", content.entries.length, measure(content.entries, "fr"), `${content.entries.length} real`);
    continue;
  }
  rand = english;
  let entries = Array.from({ length: size }, (_, i) => makeEntry(i));
  checkShape(entries);
  report("en", size, measure(entries, "en"));
  rand = french;
  entries = entries.map(addFrench);
  report("fr", size, measure(entries, "fr"));
}
process.exitCode = failed ? 1 : 0;
