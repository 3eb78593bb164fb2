import { getMessages, href, requestLang } from "@/lib/i18n";
import { otherLang } from "@/lib/lang";
import { LanguageLink } from "./language-link";
import { KINDS } from "@/lib/content/taxonomies";
import { INFO_PATH, REGIONS_PATH, SAFETY_PATH } from "@/lib/site";
import { SearchForm } from "../search/search-form";

// Plain <a> links, not next/link: with ~10 links per page, prefetching would cost a
// phone on metered data dozens of requests it never asked for.
/** `languagePath`: the page the language link leads to, where the address does not say (the 404). */
export function SiteHeader({ languagePath }: { languagePath?: string }) {
  const t = getMessages();
  return (
    <header className="site-header border-b border-line">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 md:flex-row md:items-center md:justify-between">
        <div className="flex items-center justify-between gap-3">
          <a href={href("/")} className="brand text-lg font-bold text-ink no-underline">
            {t.site.name}
          </a>
          {/* After the quick exit in the tab order (the urgent bar comes first), before the search. */}
          <LanguageLink to={otherLang(requestLang())} label={t.language.other} name={t.language.otherName} fixedPath={languagePath} />
        </div>
        <SearchForm />
      </div>
      <nav aria-label={t.nav.label} className="mx-auto max-w-5xl px-2 pb-2">
        <ul className="flex flex-wrap text-sm">
          <li>
            <a className="nav-link" href={href(REGIONS_PATH)}>
              {t.nav.regions}
            </a>
          </li>
          {KINDS.map((kind) => (
            <li key={kind}>
              <a className="nav-link" href={href(`/${kind}`)}>
                {t.kinds[kind].label}
              </a>
            </li>
          ))}
          <li>
            <a className="nav-link" href={href(INFO_PATH)}>
              {t.nav.learn}
            </a>
          </li>
          <li>
            <a className="nav-link" href={href(SAFETY_PATH)}>
              {t.nav.safety}
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
