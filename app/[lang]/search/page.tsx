import type { Metadata } from "next";
import { EntryCard } from "@/components/entry/entry-card";
import { SearchFilterForm } from "@/components/search/search-filter-form";
import { SearchForm } from "@/components/search/search-form";
import { SHEET_FORM_ID, SheetResultsLink, SheetTickForm } from "@/components/sheet/sheet-tick";
import { UrgentHelp } from "@/components/layout/urgent-help";
import { getSearch } from "@/lib/search";
import { localizeEntry } from "@/lib/content/localize";
import { getMessages } from "@/lib/i18n";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { placeLabel } from "@/lib/i18n/place-label";
import { hasFilters, parseSearchParams, type SearchParams } from "@/lib/search/query";

type Props = { params: LangParams; searchParams: Promise<SearchParams> };

// The title never repeats the query: tab titles end up in history and in screenshots.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return pageMetadata(lang, "/search", { title: getMessages(lang).search.title });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const t = getMessages().search;
  const { q, filters } = parseSearchParams(await searchParams);
  const asked = q.length > 0 || hasFilters(filters);
  // One index per language; it answers with the stored entries, shown here in the page's language.
  const found = getSearch(lang).search(q, filters);
  const { danger, total, counts, place, localCount } = found;
  const results = found.results.map((e) => localizeEntry(e, lang));
  const m = getMessages();
  // A place search shows what serves it locally, then, apart and labelled, what serves all of Ontario.
  const groups = place
    ? [
        { id: "near", heading: m.search.near(placeLabel(m, place)), entries: results.slice(0, localCount) },
        { id: "everywhere", heading: m.places.servesAll, entries: results.slice(localCount) },
      ].filter((g) => g.entries.length > 0)
    : [{ id: "", heading: "", entries: results }];

  return (
    <>
      <h1>{q ? t.resultsFor(q) : t.title}</h1>
      <div className="mt-4">
        <SearchForm query={q} id="search-page-q" large />
      </div>

      {danger ? (
        <div className="mt-6">
          <UrgentHelp heading={t.dangerHeading} id="danger-help" />
          <p className="mt-2">{t.dangerText}</p>
        </div>
      ) : null}

      {!asked ? <p className="mt-6 text-lg">{t.empty}</p> : null}

      {asked ? (
        <>
          <SearchFilterForm q={q} filters={filters} counts={counts} />
          <p className="mt-4 font-semibold" role="status">
            {t.count(total)}
          </p>
          <SheetResultsLink entries={results} />
        </>
      ) : null}

      {asked && total === 0 ? (
        <div className="mt-4">
          <p className="text-lg">{t.none(q || "")}</p>
          <p className="mt-2">{t.noneAdvice}</p>
          {!danger ? (
            <div className="mt-4">
              <UrgentHelp id="none-help" />
            </div>
          ) : null}
        </div>
      ) : null}

      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id || undefined} className="mt-4">
          {g.heading ? <h2 id={g.id} className="mt-6">{g.heading}</h2> : null}
          <ol className="mt-4 grid gap-4">
            {g.entries.map((entry) => (
              <li key={`${entry.kind}/${entry.slug}`}>
                <EntryCard entry={entry} showKind headingLevel={g.heading ? 3 : 2} sheetForm={SHEET_FORM_ID} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {results.length > 0 ? <SheetTickForm /> : null}
    </>
  );
}
