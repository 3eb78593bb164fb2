// The singular or plural form of a phrase, by the language's own rule (CLDR, through
// Intl.PluralRules) rather than a hand-written `n === 1` in each string: English uses
// "one" for 1 only, French for 0 and 1 (« 0 résultat »). Any other category CLDR knows
// (French "many", for a million and up) takes the plural form.
import { HTML_LANG, type Lang } from "../lang";

const RULES: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules(HTML_LANG.en),
  fr: new Intl.PluralRules(HTML_LANG.fr),
};

export type PluralForms = { one: string; other: string };

/** `one` or `other`, chosen for `n` in `lang`: plural("fr", 0, { one: "0 fiche", other: "0 fiches" }) is "0 fiche". */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  return RULES[lang].select(n) === "one" ? forms.one : forms.other;
}
