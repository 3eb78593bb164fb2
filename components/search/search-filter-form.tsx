// Search filters as a GET form that keeps the query: with JavaScript off, choosing a
// filter and pressing Apply gives a new /search address that can be shared.
import { AUDIENCES, KINDS, LANGUAGES, REGIONS } from "@/lib/content/taxonomies";
import { getMessages, href } from "@/lib/i18n";
import type { FacetCounts } from "@/lib/search/facets";
import type { SearchFilters } from "@/lib/search/query";
import { FilterSelect } from "./filter-select";

type Facet = { name: keyof Omit<SearchFilters, "open247">; label: string; any: string; values: readonly string[]; labels: Record<string, string>; counts: Record<string, number> };

export function SearchFilterForm({ q, filters, counts }: { q: string; filters: SearchFilters; counts: FacetCounts }) {
  const t = getMessages();
  const facets: Facet[] = [
    { name: "kind", label: t.search.kind, any: t.search.anyKind, values: KINDS, labels: Object.fromEntries(KINDS.map((k) => [k, t.kinds[k].label])), counts: counts.kind },
    { name: "region", label: t.listing.region, any: t.search.anyRegion, values: REGIONS, labels: t.regions, counts: counts.region },
    { name: "audience", label: t.listing.audience, any: t.search.anyAudience, values: AUDIENCES, labels: t.audiences, counts: counts.audience },
    { name: "language", label: t.entry.languages, any: t.search.anyLanguage, values: LANGUAGES, labels: t.languages, counts: counts.language },
  ];
  const active = (filters.kind || filters.region || filters.audience || filters.language || filters.open247);
  return (
    <form method="get" action={href("/search")} className="no-print mt-6 rounded-lg border border-line bg-calm p-4">
      <input type="hidden" name="q" value={q} />
      <fieldset className="min-w-0">
        <legend className="font-bold">{t.search.filters}</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          {facets.map((f) => (
            <FilterSelect
              key={f.name}
              name={f.name}
              label={f.label}
              anyLabel={f.any}
              value={filters[f.name]}
              options={f.values.map((v) => ({ value: v, label: f.labels[v], count: f.counts[v] }))}
            />
          ))}
        </div>
        <p className="mt-3 flex min-h-11 items-center gap-2">
          <input id="sf-open247" type="checkbox" name="open247" value="1" defaultChecked={filters.open247} className="h-6 w-6" />
          <label htmlFor="sf-open247">
            {t.search.open247} ({counts.open247})
          </label>
        </p>
        <p className="mt-3 flex flex-wrap items-center gap-4">
          <button type="submit" className="button-primary">
            {t.search.apply}
          </button>
          {active ? (
            <a className="inline-flex min-h-11 items-center" href={href(`/search?q=${encodeURIComponent(q)}`)}>
              {t.search.clear}
            </a>
          ) : null}
        </p>
      </fieldset>
    </form>
  );
}
