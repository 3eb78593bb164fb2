// How a reader's words are compared with ours: case, accents and apostrophes do not
// count ("Métis" = "metis", "can’t" = "cant"). The search lists store their danger
// phrases folded (./search-lists.ts); lib/search's analyzers fold the index and the
// query the same way, so all three always agree.

// Straight, curly, modifier and backtick apostrophes, and the acute accent some keyboards give.
const APOSTROPHES = /['\u2018\u2019\u02bc\u02b9`\u00b4]/g;
const NOT_ASCII = /[^\x00-\x7f]/;
const LATIN_MARKS = /[\u0300-\u036f]/g;
const LIGATURES = /[œŒæÆ]/g;
const LIGATURE: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae" };

/** Lower case, accents removed, apostrophes dropped (English joins them: "Fem'aide" is "femaide"). */
export function fold(text: string): string {
  // Plain ASCII skips Unicode normalization: same result, faster.
  const ascii = !NOT_ASCII.test(text);
  return (ascii ? text : text.normalize("NFKD").replace(/\p{M}/gu, "")).toLowerCase().replace(APOSTROPHES, "");
}

/**
 * French: lower case, accents removed, « œ » and « æ » spelt out (« sœur » = « soeur »),
 * every apostrophe written ' and kept, so elisions can still be split.
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
