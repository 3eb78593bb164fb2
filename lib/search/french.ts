// French text analysis for the French search index, its queries and its lists, so a
// word is cut the same way everywhere: accents optional (« hébergement » = « hebergement »),
// elisions split with either apostrophe (« l'aide », « l’aide » → « aide »; « j'ai » → « ai »),
// French stop words dropped, and words stemmed by the Snowball French stemmer from
// @orama/stemmers (« hébergements » → « heberg », « victimes » → « victim »).
// Words are folded BEFORE stemming, so a word typed with or without its accents always
// gives the same term. Any other apostrophe joins, as in English: « Fem'aide » is
// « femaide ». English text in French entries (names, "Kids Help Phone") goes through
// the same analysis, on the index and the query alike.
// Pure: no server-only, no next/*.

import { stemmer } from "@orama/stemmers/french";
import { isStopWord as isEnglishStopWord } from "./text";

// Straight, curly, modifier and backtick apostrophes, and the acute accent some keyboards give.
const APOSTROPHES = /['\u2018\u2019\u02bc\u02b9`\u00b4]/g;
const NOT_ASCII = /[^\x00-\x7f]/;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
// The elided words (Lucene's French elision list): « l'aide », « qu'il », « jusqu'à ».
// Only a whole word before the apostrophe counts, so « Fem'aide » is not cut.
const ELIDED = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]);
const LONGEST_ELIDED = 6;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
const DIGITS = /^\d+$/;
const PLAIN = /^[a-z0-9]+$/;
const LATIN_MARKS = /[\u0300-\u036f]/g;
const LIGATURES = /[œŒæÆ]/g;
const LIGATURE: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae" };
// Not ASCII, not a letter, not a digit.
const SYMBOL = /[^\x00-\x7f\p{L}\p{N}]/gu;

/**
 * Lower case, accents removed, « œ » and « æ » spelt out (« sœur » = « soeur »), every
 * apostrophe written ' (kept, so elisions can still be split).
 */
export function foldFrench(text: string): string {
  const t = text.replace(APOSTROPHES, "'");
  if (!NOT_ASCII.test(t)) return t.toLowerCase();
  // French accents are the common combining marks: removing that range alone is several
  // times faster than a Unicode-aware pass, which only what is left still needs.
  let r = t.normalize("NFD").replace(LATIN_MARKS, "");
  if (NOT_ASCII.test(r)) r = r.normalize("NFKD").replace(/\p{M}/gu, "").replace(LIGATURES, (c) => LIGATURE[c]);
  return r.toLowerCase();
}

/**
 * The text folded with its elisions cut out and other symbols (« », dashes) made spaces:
 * read by the index builder's fast ASCII scan (./word-table.ts, which joins the
 * apostrophes left, as « Fem'aide ») whenever it is ASCII, as nearly all French text then is.
 */
export function prepareFrench(text: string): string {
  const folded = cutElisions(foldFrench(text));
  return NOT_ASCII.test(folded) ? folded.replace(SYMBOL, " ") : folded;
}

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(s[i]);
}

// « l'aide » → « aide »: each apostrophe after a whole elided word and before a letter
// becomes a space (one pass over the apostrophes only; a regex with a look-behind tried
// every position of the text and was a fifth of the French index build).
function cutElisions(s: string): string {
  let at = s.indexOf("'");
  if (at < 0) return s;
  let out = "";
  let from = 0;
  for (; at >= 0; at = s.indexOf("'", at + 1)) {
    let start = at;
    while (start > 0 && at - start <= LONGEST_ELIDED && isWordChar(s, start - 1)) start--;
    if (start === at || (start > 0 && isWordChar(s, start - 1)) || at + 1 >= s.length || !isWordChar(s, at + 1)) continue;
    if (!ELIDED.has(s.slice(start, at))) continue;
    out += `${s.slice(from, start)} `;
    from = at + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Words of a French text: folded, elisions split, other apostrophes joined; letters and digits only. */
export function frenchWords(text: string): string[] {
  return prepareFrench(text).replace(/'/g, "").split(NOT_WORD).filter(Boolean);
}

/** A phrase as one spaced string of its French words, for whole-word matching. */
export function frenchPhraseKey(text: string): string {
  return frenchWords(text).join(" ");
}

/** The phrase as stored in the French danger list: folded, apostrophes kept as ', single spaces. */
export function frenchDangerForm(text: string): string {
  return foldFrench(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean)
    .join(" ");
}

/**
 * The forms a French phrase is compared in for danger: elisions split (« j'ai peur » →
 * "ai peur") and apostrophes joined ("jai peur"), so a reader who typed no apostrophe
 * at all, or a space instead, is matched too.
 */
export function frenchDangerKeys(text: string): string[] {
  const split = frenchPhraseKey(text);
  const joined = foldFrench(text).replace(/'/g, "").split(NOT_WORD).filter(Boolean).join(" ");
  return split === joined ? [split] : [split, joined];
}

// Snowball's French stop list, folded (« à » is "a", « été » is "ete"), plus words that
// ask for nothing ("besoin", "cherche", "svp"). English stop words are dropped too:
// French entries name English organizations, and a francophone may type English.
const FRENCH_STOP = new Set(
  ("au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme mes moi mon ne nos notre nous " +
    "on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l a m n s t y " +
    "ete etee etees etes etant etante etants etantes suis es est sommes sont serai seras sera serons serez seront serais serait " +
    "serions seriez seraient etais etait etions etiez etaient fus fut fumes futes furent sois soit soyons soyez soient fusse " +
    "fusses fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras aura aurons " +
    "aurez auront aurais aurait aurions auriez auraient avais avait avions aviez avaient eut eumes eutes eurent aie aies ait " +
    "ayons ayez aient eusse eusses eussions eussiez eussent " +
    "cet cette cela ca ceci celui celle ceux celles ici tres aussi comme quelque quelquun quoi quel quelle quels quelles " +
    "comment quand dont besoin cherche chercher trouver svp stp plait merci").split(" "),
);

export function isFrenchStopWord(word: string): boolean {
  return FRENCH_STOP.has(word) || isEnglishStopWord(word);
}

// Stemming runs on the folded word; words with digits (phones, "talk4healing") stay.
const stems = new Map<string, string>();

/** The Snowball French stem of a folded word. */
export function frenchStem(word: string): string {
  if (DIGIT.test(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= 10_000) stems.clear();
    s = stemmer(word) || word;
    stems.set(word, s);
  }
  return s;
}

/** One folded French word to its index term, or null for a stop word or a lone letter. */
export function frenchTerm(word: string): string | null {
  if (DIGITS.test(word)) return word;
  const folded = PLAIN.test(word) ? word : foldFrench(word).replace(/'/g, "");
  if (!folded || isFrenchStopWord(folded) || (folded.length === 1 && !DIGIT.test(folded))) return null;
  return DIGIT.test(folded) ? folded : stemmer(folded) || folded;
}

// Queries go through a small memo, as in ./text.ts; the index builder calls frenchTerm
// once per distinct word through its own table.
const cache = new Map<string, string | null>();

export function processFrenchTerm(word: string): string | null {
  let term = cache.get(word);
  if (term === undefined) {
    if (cache.size >= 10_000) cache.clear();
    cache.set(word, (term = frenchTerm(word)));
  }
  return term;
}

/** The French index terms of a text, in order. */
export function analyzeFrench(text: string): string[] {
  const terms: string[] = [];
  for (const w of frenchWords(text)) {
    const term = processFrenchTerm(w);
    if (term) terms.push(term);
  }
  return terms;
}
