// One kind's listing, filtered or not. app/[kind]/page.tsx renders it unfiltered at
// build time; app/filtered/[kind]/page.tsx renders it per request when the address
// carries filters (proxy.ts decides which of the two a request goes to).
import { EntryCard } from "@/components/entry/entry-card";
import { FilterForm } from "@/components/search/filter-form";
import { SHEET_FORM_ID, SheetResultsLink, SheetTickForm } from "@/components/sheet/sheet-tick";
import { getEntriesByKind, servesAudience, servesRegion } from "@/lib/content";
import { AUDIENCES, REGIONS, isKind, type Kind } from "@/lib/content/taxonomies";
import { getMessages, href } from "@/lib/i18n";
import { pageLang, pageMetadata } from "@/lib/i18n/page";
import type { SearchFilters } from "@/lib/search/query";
import type { Metadata } from "next";

/** A listing's title and description, filtered or not: both routes share one address. */
export async function kindListingMetadata(params: Promise<{ lang: string; kind: string }>): Promise<Metadata> {
  const lang = await pageLang(params);
  const { kind } = await params;
  if (!isKind(kind)) return {};
  const t = getMessages(lang);
  return pageMetadata(lang, `/${kind}`, { title: t.listing.title(t.kinds[kind].label), description: t.kinds[kind].intro });
}

export function KindListing({ kind, filters }: { kind: Kind; filters: Pick<SearchFilters, "region" | "audience"> }) {
  const { region, audience } = filters;
  const t = getMessages();

  const all = getEntriesByKind(kind);
  const shown = all.filter((e) => (!region || servesRegion(e, region)) && (!audience || servesAudience(e, audience)));
  // Counts show what each option would give with the other filter kept.
  const regionOptions = REGIONS.map((r) => ({ value: r, label: t.regions[r], count: all.filter((e) => servesRegion(e, r) && (!audience || servesAudience(e, audience))).length }));
  const audienceOptions = AUDIENCES.map((a) => ({ value: a, label: t.audiences[a], count: all.filter((e) => servesAudience(e, a) && (!region || servesRegion(e, region))).length }));

  return (
    <>
      <h1>{t.kinds[kind].label}</h1>
      <p className="mt-2 text-lg">{t.kinds[kind].intro}</p>
      <FilterForm
        action={href(`/${kind}`)}
        legend={t.listing.filters}
        apply={t.listing.apply}
        clear={t.listing.clear}
        selects={[
          { name: "region", label: t.listing.region, anyLabel: t.search.anyRegion, value: region, options: regionOptions },
          { name: "audience", label: t.listing.audience, anyLabel: t.search.anyAudience, value: audience, options: audienceOptions },
        ]}
      />
      <p className="mt-4 font-semibold" role="status">
        {t.listing.count(shown.length)}
      </p>
      {shown.length === 0 ? <p className="mt-2">{t.listing.none}</p> : null}
      {region || audience ? <SheetResultsLink entries={shown} /> : null}
      <ul className="mt-4 grid gap-4">
        {shown.map((entry) => (
          <li key={entry.slug}>
            <EntryCard entry={entry} sheetForm={SHEET_FORM_ID} />
          </li>
        ))}
      </ul>
      {shown.length > 0 ? <SheetTickForm /> : null}
    </>
  );
}
