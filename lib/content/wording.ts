// No text points to a number, or anything else, by where it sits on the page. The same
// words are shown in lists, cards, search results, the open data, a referral sheet and
// on paper, where nothing is "above" them and the sticky bar is not printed. Name the
// number ({{tel <kind>/<slug>}}) or the line instead. The interface strings are held to
// the same rule by a unit test (tests/unit/position-words.test.ts).

import type { Problem } from "./problems";

const PATTERNS: Record<"en" | "fr", RegExp> = {
  en: /\b(?:above|below)\b|\b(?:at the )?top of (?:the|this|each|every) (?:page|screen)\b|\bbottom of (?:the|this|each|every) page\b/i,
  fr: /\bplus (?:haut|bas)\b|\bci-(?:dessus|dessous)\b|\ben (?:haut|bas) de (?:la|chaque|cette|toutes? les) pages?\b|\bau (?:haut|bas) de (?:la|chaque|cette) page\b/i,
};

/** The first position phrase in `text`, or undefined. */
export function positionPhrase(text: string, lang: "en" | "fr"): string | undefined {
  return PATTERNS[lang].exec(text)?.[0];
}

const message = (phrase: string) => `"${phrase}" points to something by its position, which lists, cards, the open data and print do not keep: name the number ({{tel <kind>/<slug>}}) or the line instead`;

type At = { file: string; lineOf: (path: PropertyKey[]) => number; body: string; bodyLine: number };

/** Every position phrase in a file's frontmatter texts and body, at its line. */
export function positionWords(data: unknown, at: At, lang: "en" | "fr"): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      const phrase = positionPhrase(value, lang);
      if (phrase) problems.push({ file: at.file, line: at.lineOf(path), field: path.map(String).join("."), message: message(phrase) });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  at.body.split("\n").forEach((line, i) => {
    const phrase = positionPhrase(line, lang);
    if (phrase) problems.push({ file: at.file, line: at.bodyLine + i, field: "body", message: message(phrase) });
  });
  return problems;
}
