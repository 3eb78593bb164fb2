// Text analysis shared by the index, the query and the lists, so a word is cut and
// folded the same way everywhere: "Métis" = "metis", "can't" = "cant", "homes" = "home".
// Pure functions, no imports: safe in any runtime.

// Apostrophes (straight, curly, modifier, backtick) join words instead of splitting
// them, so "Fem'aide" is "femaide" and "women's" is "womens" (stemmed to "women").
const APOSTROPHES = /['\u2018\u2019\u02bc\u02b9`\u00b4]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

const NOT_ASCII = /[^\x00-\x7f]/;
const NOT_ASCII_WORD = /[^a-z0-9]+/;

/** Lower case, accents removed, apostrophes dropped. */
export function fold(text: string): string {
  // Plain ASCII (most of the index) skips Unicode normalization: same result, faster.
  const ascii = !NOT_ASCII.test(text);
  return (ascii ? text : text.normalize("NFKD").replace(/\p{M}/gu, "")).toLowerCase().replace(APOSTROPHES, "");
}

/** Words of a folded text: letters and digits only, everything else separates. */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded.split(NOT_ASCII.test(folded) ? NOT_WORD : NOT_ASCII_WORD).filter(Boolean);
}

/** A phrase as a single spaced string, for whole-word substring matching. */
export function phraseKey(text: string): string {
  return words(text).join(" ");
}

// Phone numbers are typed as "833-900-1010", "(416) 808 2222" or "18339001010": runs of
// digits joined by spaces, dashes, dots or brackets collapse to one term, so a number
// is one query term and never three fuzzy ones.
const PHONE_RUN = /\+?\(?\d[\d().\s-]*\d/g;

export function collapsePhones(text: string): string {
  return text.replace(PHONE_RUN, (run) => {
    const digits = run.replace(/\D/g, "");
    if (digits.length < 7) return run;
    return ` ${digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits} `;
  });
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

const DIGITS = /^\d+$/;
const PLAIN = /^[a-z0-9]+$/;

/** One word to its index term, or null for a stop word or a lone letter. */
export function toTerm(word: string): string | null {
  if (DIGITS.test(word)) return word; // phone numbers: most of a large vocabulary
  const folded = PLAIN.test(word) ? word : fold(word);
  return !folded || isStopWord(folded) || (folded.length === 1 && !/\d/.test(folded)) ? null : stem(folded);
}

// Queries go through a small memo (the same words come back all day); the index
// builder has its own table and calls toTerm once per distinct word. Cleared when
// large so hostile queries cannot grow it without bound.
const cache = new Map<string, string | null>();

export function processTerm(word: string): string | null {
  let term = cache.get(word);
  if (term === undefined) {
    if (cache.size >= 10_000) cache.clear();
    cache.set(word, (term = toTerm(word)));
  }
  return term;
}

/** The index terms of a text, in order. */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const w of words(text)) {
    const term = processTerm(w);
    if (term) terms.push(term);
  }
  return terms;
}
