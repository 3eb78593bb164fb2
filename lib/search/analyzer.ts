// One analyzer per language: how text becomes words and index terms. The index, the
// query and the lists of a language all go through the same one, so they always agree.
// English: ./english.ts (apostrophes join: "can't" is "cant"). French: ./french.ts
// (elisions split with either apostrophe, French stop words, Snowball French stems).

import { fold, foldFrench } from "../content/fold";
import type { Lang } from "../lang";
import { analyze, phraseKey, stem, term, words } from "./english";
import { analyzeFrench, frenchDangerKeys, frenchPhraseKey, frenchStem, frenchTerm, frenchWords } from "./french";

export type Analyzer = {
  lang: Lang;
  /** Lower case, accents removed (French keeps apostrophes, as ', for its elisions). */
  fold: (text: string) => string;
  /** The words of a text: folded, letters and digits only. MiniSearch's `tokenize`. */
  words: (text: string) => string[];
  /** The stem of one folded word (stop words are not dropped). */
  stem: (word: string) => string;
  /** One word of words() to its index term, or null (stop word, lone letter). */
  term: (word: string) => string | null;
  /** The index terms of a text, in order. */
  analyze: (text: string) => string[];
  /** A phrase as one spaced string of its words. */
  phraseKey: (text: string) => string;
  /** The spaced forms in which danger matching compares a phrase or a query. */
  dangerKeys: (text: string) => string[];
};

export const ENGLISH: Analyzer = { lang: "en", fold, words, stem, term, analyze, phraseKey, dangerKeys: (text) => [phraseKey(text)] };

export const FRENCH: Analyzer = {
  lang: "fr", fold: foldFrench, words: frenchWords, stem: frenchStem, term: frenchTerm,
  analyze: analyzeFrench, phraseKey: frenchPhraseKey, dangerKeys: frenchDangerKeys,
};

export const ANALYZERS: Record<Lang, Analyzer> = { en: ENGLISH, fr: FRENCH };
