// One analyzer per language: how text becomes words and index terms. The index, the
// query and the lists of a language all go through the same one, so they always agree.
// English: ./text.ts (apostrophes join: "can't" is "cant"). French: ./french.ts
// (elisions split with either apostrophe, French stop words, Snowball French stems).

import type { Lang } from "../i18n/lang";
import { analyzeFrench, foldFrench, frenchDangerKeys, frenchPhraseKey, frenchStem, frenchTerm, frenchWords, prepareFrench, processFrenchTerm } from "./french";
import { analyze, fold, phraseKey, processTerm, stem, toTerm, words } from "./text";

export type Analyzer = {
  lang: Lang;
  /** Lower case, accents removed (French keeps apostrophes, as ', for its elisions). */
  fold: (text: string) => string;
  /** The words of a text: folded, letters and digits only. */
  words: (text: string) => string[];
  /** The stem of one folded word (stop words are not dropped). */
  stem: (word: string) => string;
  /** One word to its index term, or null (stop word, lone letter). For the index builder. */
  toTerm: (word: string) => string | null;
  /** toTerm, memoized for queries. */
  processTerm: (word: string) => string | null;
  /** The index terms of a text, in order. */
  analyze: (text: string) => string[];
  /** A phrase as one spaced string of its words. */
  phraseKey: (text: string) => string;
  /** The spaced forms in which danger matching compares a phrase or a query. */
  dangerKeys: (text: string) => string[];
  /**
   * For the index builder: the text rewritten so that ./word-table.ts's fast ASCII scan
   * (lower case, apostrophes joined, anything else separates) reads it as words() does;
   * absent when the text can be scanned as it is.
   */
  prepare?: (text: string) => string;
};

export const ENGLISH: Analyzer = {
  lang: "en", fold, words, stem, toTerm, processTerm, analyze, phraseKey,
  dangerKeys: (text) => [phraseKey(text)],
};

export const FRENCH: Analyzer = {
  lang: "fr", fold: foldFrench, words: frenchWords, stem: frenchStem, toTerm: frenchTerm, processTerm: processFrenchTerm,
  analyze: analyzeFrench, phraseKey: frenchPhraseKey, dangerKeys: frenchDangerKeys, prepare: prepareFrench,
};

export const ANALYZERS: Record<Lang, Analyzer> = { en: ENGLISH, fr: FRENCH };
