// The language of the page being rendered, for the server components deep inside it.
// Every page, layout and generateMetadata under app/[lang] calls setRequestLang with its
// `lang` parameter first (the pattern next-intl uses): React's cache() keeps one value per
// request, so components read it without a prop threaded through every level.
// Outside a page render (route handlers, scripts, unit tests) there is no request scope
// and the language is English, the language of the open data.
import { cache } from "react";
import { DEFAULT_LANG, type Lang } from "./lang";

const current = cache((): { lang?: Lang } => ({}));

export function setRequestLang(lang: Lang): Lang {
  current().lang = lang;
  return lang;
}

export function requestLang(): Lang {
  return current().lang ?? DEFAULT_LANG;
}
