// The English analyzer: how English text becomes words and index terms, the same for the
// index, the query and the lists: "Métis" = "metis", "can't" = "cant", "homes" = "home".
// Apostrophes join words instead of splitting them (lib/content/fold.ts), so "Fem'aide"
// is "femaide" and "women's" is "womens" (stemmed to "women"). Pure: safe in any runtime.

import { fold } from "../content/fold";

const NOT_WORD = /[^\p{L}\p{N}]+/u;
const NOT_ASCII = /[^\x00-\x7f]/;
const NOT_ASCII_WORD = /[^a-z0-9]+/;

/** Words of a text: folded, letters and digits only, everything else separates. */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded.split(NOT_ASCII.test(folded) ? NOT_WORD : NOT_ASCII_WORD).filter(Boolean);
}

/** A phrase as a single spaced string, for whole-word substring matching. */
export function phraseKey(text: string): string {
  return words(text).join(" ");
}

// Words too common to tell entries apart. Dropped from both index and query, so "I need
// a place to stay" searches for "place" and "stay" (synonym phrases are matched first).
const STOP = new Set(
  ("a an the i im ive me my mine myself to of and or for in on at is am are was were be been being it its this that these those with " +
    "from by as do does did can could would should will what where who whom how when which need want get find some someone " +
    "any anyone you your youre we our us he she they them his her their about please there here have has had if so just " +
    "really very like got getting also " +
    "le la les de des du un une et ou pour je moi mon ma mes").split(" "),
);

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

// A light English stemmer (plural, -ing, -ed, final e): enough to match "homes" with
// "home", "trafficked" with "trafficking", "housing" with "house", without the
// surprises of a full Porter stemmer. Words with digits (phones, "talk4healing") stay.
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const suffix = /(ing|ed)$/.exec(w);
  if (suffix && w.length - suffix[0].length >= 4) {
    w = w.slice(0, -suffix[0].length);
    if (w.length >= 5 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length >= 5 && w.endsWith("e") && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

/** One word (as words() gives it) to its index term, or null for a stop word or a lone letter. */
export function term(word: string): string | null {
  if (isStopWord(word) || (word.length === 1 && !/\d/.test(word))) return null;
  return stem(word);
}

/** The index terms of a text, in order. */
export function analyze(text: string): string[] {
  return words(text).flatMap((w) => term(w) ?? []);
}
