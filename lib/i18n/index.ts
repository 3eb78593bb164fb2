// The one door to interface strings and to links in the reader's language. Called with
// no argument, it answers for the page being rendered (lib/request-lang.ts).
import { en, type Messages } from "./en";
import { fr } from "./fr";
import { localePath, type Lang } from "../lang";
import { requestLang } from "../request-lang";

const CATALOGUES: Record<Lang, Messages> = { en, fr };

export function getMessages(lang: Lang = requestLang()): Messages {
  return CATALOGUES[lang];
}

/** A site path in the language of the page being rendered: "/hotlines" or "/fr/hotlines". */
export function href(path: string, lang: Lang = requestLang()): string {
  return localePath(path, lang);
}

export { requestLang, setRequestLang } from "../request-lang";
export type { Lang } from "../lang";
