// The French analyzer, for the French index, its queries and its lists, so a word is cut
// the same way everywhere: accents optional (« hébergement » = « hebergement »),
// elisions split with either apostrophe (« l'aide », « l’aide » → « aide »; « j'ai » → « ai »),
// French stop words dropped, and words stemmed by the Snowball French stemmer from
// @orama/stemmers (« hébergements » → « heberg », « victimes » → « victim »).
// Words are folded BEFORE stemming, so a word typed with or without its accents always
// gives the same term. Any other apostrophe joins, as in English: « Fem'aide » is
// « femaide ». English text in French entries (names, "Kids Help Phone") goes through
// the same analysis, on the index and the query alike. Pure: no server-only, no next/*.

import { stemmer } from "@orama/stemmers/french";
import { foldFrench } from "../content/fold";
import { isStopWord as isEnglishStopWord } from "./english";

const NOT_WORD = /[^\p{L}\p{N}]+/u;
// The elided words (Lucene's French elision list): « l'aide », « qu'il », « jusqu'à ».
// Only a whole word before the apostrophe counts, so « Fem'aide » is not cut.
const ELIDED = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]);
const LONGEST_ELIDED = 6;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(s[i]);
}

// « l'aide » → « aide »: each apostrophe after a whole elided word and before a letter
// becomes a space (one pass over the apostrophes only; a regex with a look-behind tries
// every position of the text).
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
  return cutElisions(foldFrench(text)).replace(/'/g, "").split(NOT_WORD).filter(Boolean);
}

/** A phrase as one spaced string of its French words, for whole-word matching. */
export function frenchPhraseKey(text: string): string {
  return frenchWords(text).join(" ");
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

// Snowball is the slow part of indexing, and the same words recur: a bounded memo.
const stems = new Map<string, string>();

/** The Snowball French stem of a folded word; words with digits (phones, "talk4healing") stay. */
export function frenchStem(word: string): string {
  if (DIGIT.test(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= 50_000) stems.clear();
    stems.set(word, (s = stemmer(word) || word));
  }
  return s;
}

/** One word (as frenchWords() gives it) to its index term, or null for a stop word or a lone letter. */
export function frenchTerm(word: string): string | null {
  if (isFrenchStopWord(word) || (word.length === 1 && !DIGIT.test(word))) return null;
  return frenchStem(word);
}

/** The French index terms of a text, in order. */
export function analyzeFrench(text: string): string[] {
  return frenchWords(text).flatMap((w) => frenchTerm(w) ?? []);
}
