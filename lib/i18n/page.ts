// What every page under app/[lang] does first: read its language from the route, make it
// the language of the render (lib/request-lang.ts), and describe itself to browsers,
// search engines and link previews in that language, with its twin in the other one.
import type { Metadata } from "next";
import { SITE_ORIGIN } from "../site";
import { getMessages } from "./index";
import { HTML_LANG, isLang, localePath, type Lang } from "../lang";
import { setRequestLang } from "../request-lang";

export type LangParams = Promise<{ lang: string }>;

/** The page's language, set for everything it renders. Only "en" and "fr" are built (dynamicParams = false). */
export async function pageLang(params: LangParams): Promise<Lang> {
  const { lang } = await params;
  return setRequestLang(isLang(lang) ? lang : "en");
}

/**
 * Title, description, the hreflang alternates (both languages, and x-default: the
 * English page, since nobody is redirected by browser language) and Open Graph text.
 * `path` is the English public path ("/hotlines"); `title` undefined means the site's name.
 */
export function pageMetadata(lang: Lang, path: string, { title, description }: { title?: string; description?: string }): Metadata {
  const t = getMessages(lang);
  const url = localePath(path, lang);
  return {
    metadataBase: new URL(SITE_ORIGIN),
    ...(title ? { title } : {}),
    description: description ?? t.site.description,
    alternates: {
      canonical: url,
      languages: { [HTML_LANG.en]: path, [HTML_LANG.fr]: localePath(path, "fr"), "x-default": path },
    },
    openGraph: {
      type: "website",
      siteName: t.site.name,
      title: title ?? t.site.name,
      description: description ?? t.site.description,
      url,
      locale: lang === "fr" ? "fr_CA" : "en_CA",
      alternateLocale: lang === "fr" ? "en_CA" : "fr_CA",
    },
  };
}
