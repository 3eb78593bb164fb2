// The site's two languages and how they show in addresses. English keeps the addresses
// it always had (/hotlines/x); French is the same path under /fr (/fr/hotlines/x). The
// segments after /fr stay as they are, so a link can be switched by adding or removing
// the prefix, and the two trees never drift apart.
// Pure: the proxy, pages, components and tests all use it.

export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "en";
export const FRENCH_PREFIX = "/fr";

/** The value of <html lang> and hreflang: Canadian English and French. */
export const HTML_LANG: Record<Lang, string> = { en: "en-CA", fr: "fr-CA" };

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "fr";
}

/** A site path in a language: href("/hotlines", "fr") is "/fr/hotlines"; "/" is "/fr". */
export function localePath(path: string, lang: Lang): string {
  if (lang === "en") return path;
  if (path === "/" || path === "") return FRENCH_PREFIX;
  return path.startsWith("/") && !path.startsWith("//") ? `${FRENCH_PREFIX}${path}` : path;
}

/** The language of a public path and the path without its prefix: "/fr/x" → fr, "/x". */
export function splitLocale(pathname: string): { lang: Lang; path: string } {
  if (pathname === FRENCH_PREFIX || pathname === `${FRENCH_PREFIX}/`) return { lang: "fr", path: "/" };
  if (pathname.startsWith(`${FRENCH_PREFIX}/`)) return { lang: "fr", path: pathname.slice(FRENCH_PREFIX.length) };
  return { lang: "en", path: pathname };
}

/** The route a public path is rendered by: every page lives under app/[lang]. */
export function internalPath(path: string, lang: Lang): string {
  return path === "/" ? `/${lang}` : `/${lang}${path}`;
}

export const otherLang = (lang: Lang): Lang => (lang === "en" ? "fr" : "en");
