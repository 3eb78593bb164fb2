// Which words of a query are everyday words for terms our content uses ("cops" ->
// "police", "place to stay" -> "housing"), from content/search/synonyms*.yaml. Each
// language matches with its own analyzer (./analyzer.ts).

import type { SynonymGroup } from "../content/search-lists";
import { ENGLISH, type Analyzer } from "./analyzer";

/** A query group: words the reader typed, plus the content phrases they stand for. */
export type QueryGroup = { own: string[]; means: string[] };

// True when a and b differ by at most one insertion, deletion or substitution.
function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * Splits a query into groups, longest synonym phrase first ("place to stay" before
 * "stay"). Matching uses stems, so "shelters" finds the "shelter" group. A long word
 * that is not in the index and is one typo from a synonym ("lawer") uses that synonym.
 */
export function synonymExpander(synonyms: readonly SynonymGroup[], known: (word: string) => boolean, analyzer: Analyzer = ENGLISH): (query: string) => QueryGroup[] {
  const { fold, stem, words } = analyzer;
  const stemKey = (ws: string[]) => ws.map(stem).join(" ");
  const table = new Map<string, string[]>();
  let longest = 1;
  for (const group of synonyms) {
    for (const word of group.words) {
      const ws = words(word);
      longest = Math.max(longest, ws.length);
      const key = stemKey(ws);
      table.set(key, [...new Set([...(table.get(key) ?? []), ...group.means.map(fold)])]);
    }
  }
  const singles = [...table.keys()].filter((k) => !k.includes(" ") && k.length >= 4);

  return (query) => {
    const ws = words(query);
    const groups: QueryGroup[] = [];
    for (let i = 0; i < ws.length; ) {
      let matched = false;
      for (let n = Math.min(longest, ws.length - i); n >= 1 && !matched; n--) {
        const means = table.get(stemKey(ws.slice(i, i + n)));
        if (means) {
          groups.push({ own: ws.slice(i, i + n), means });
          i += n;
          matched = true;
        }
      }
      if (matched) continue;
      const word = ws[i++];
      const near = word.length >= 5 && !/\d/.test(word) && !known(word) ? singles.find((k) => withinOne(stem(word), k)) : undefined;
      groups.push({ own: [word], means: near ? (table.get(near) ?? []) : [] });
    }
    return groups;
  };
}
