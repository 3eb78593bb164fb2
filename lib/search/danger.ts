// Does a query signal danger now? Then the results page puts 911 and the hotline first.
// Each language compares in its own analyzer's forms (./analyzer.ts); a French search
// also checks the English phrases, since a francophone may type English.

import { ENGLISH, type Analyzer } from "./analyzer";

// Always on, whatever the list file says: a broken or emptied list must never hide
// 911 from someone who typed one of these. The YAML lists add to them.
const CORE_DANGER = ["in danger", "help me", "emergency", "not safe", "going to kill", "cant leave", "took my passport", "hurt me"];
const CORE_DANGER_FR = ["en danger", "aidez-moi", "au secours", "pas en sécurité", "va me tuer", "peux pas partir", "pris mon passeport", "me fait mal"];
export const CORE_DANGER_PHRASES = { en: CORE_DANGER, fr: CORE_DANGER_FR } as const;

/** Whether a query holds one of the phrases (or a built-in one), compared in the analyzer's forms. */
export function dangerMatcher(phrases: readonly string[], analyzer: Analyzer = ENGLISH): (query: string) => boolean {
  const core = CORE_DANGER_PHRASES[analyzer.lang];
  const keys = [...new Set([...core, ...phrases].flatMap(analyzer.dangerKeys).filter(Boolean))];
  return (query) => {
    // Spaced on both sides so "help me" matches whole words only, not "help meet".
    const forms = analyzer.dangerKeys(query).map((k) => ` ${k} `);
    return keys.some((k) => forms.some((text) => text.includes(` ${k} `)));
  };
}
