import { getMessages } from "@/lib/i18n";
import { KINDS } from "@/lib/content/taxonomies";
import { INFO_PATH, REGIONS_PATH, SAFETY_PATH } from "@/lib/site";
import { SearchForm } from "./search-form";

// Plain <a> links, not next/link: with ~10 links per page, prefetching would cost a
// phone on metered data dozens of requests it never asked for.
export function SiteHeader() {
  const t = getMessages();
  return (
    <header className="site-header border-b border-line">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 md:flex-row md:items-center md:justify-between">
        <a href="/" className="brand text-lg font-bold text-ink no-underline">
          {t.site.name}
        </a>
        <SearchForm />
      </div>
      <nav aria-label={t.nav.label} className="mx-auto max-w-5xl px-2 pb-2">
        <ul className="flex flex-wrap text-sm">
          <li>
            <a className="nav-link" href={REGIONS_PATH}>
              {t.nav.regions}
            </a>
          </li>
          {KINDS.map((kind) => (
            <li key={kind}>
              <a className="nav-link" href={`/${kind}`}>
                {t.kinds[kind].label}
              </a>
            </li>
          ))}
          <li>
            <a className="nav-link" href={INFO_PATH}>
              {t.nav.learn}
            </a>
          </li>
          <li>
            <a className="nav-link" href={SAFETY_PATH}>
              {t.nav.safety}
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
