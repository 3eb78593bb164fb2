import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryCard } from "@/components/entry/entry-card";
import { SHEET_FORM_ID, SheetResultsLink, SheetTickForm } from "@/components/sheet/sheet-tick";
import { UrgentHelp } from "@/components/layout/urgent-help";
import { getEntriesForPlace } from "@/lib/content";
import { LOCAL_REGIONS, isLocalRegion, topCommunities } from "@/lib/content/places";
import { KINDS } from "@/lib/content/taxonomies";
import { getMessages, href } from "@/lib/i18n";
import { pageLang, pageMetadata } from "@/lib/i18n/page";
import { placeLabel } from "@/lib/i18n/place-label";
import { REGIONS_PATH } from "@/lib/site";

type Props = { params: Promise<{ lang: string; region: string }> };

// Called once per language.
export function generateStaticParams() {
  return LOCAL_REGIONS.map((region) => ({ region }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { region } = await params;
  if (!isLocalRegion(region)) return {};
  const t = getMessages(lang);
  return pageMetadata(lang, `${REGIONS_PATH}/${region}`, { title: t.regionsPage.heading(t.regions[region]), description: t.regionsPage.regionDescription(t.regions[region]) });
}

// Local help by kind, then the lines that serve all of Ontario, which every region has.
export default async function RegionPage({ params }: Props) {
  await pageLang(params);
  const { region } = await params;
  if (!isLocalRegion(region)) notFound();
  const t = getMessages();
  const name = t.regions[region];
  const { local, broad } = getEntriesForPlace(region);
  const lines = broad.filter((e) => e.kind === "hotlines");
  return (
    <>
      <p className="no-print text-sm">
        <a href={href(REGIONS_PATH)}>← {t.regionsPage.back}</a>
      </p>
      <h1 className="mt-2">{t.regionsPage.heading(name)}</h1>
      <p className="mt-2">{t.regionsPage.covers(topCommunities(region).map((c) => placeLabel(t, c.id)).join(", ") || name)}</p>
      <div className="mt-4">
        <UrgentHelp />
      </div>

      <h2 className="mt-8">{t.regionsPage.localHeading(name)}</h2>
      {local.length === 0 ? <p className="mt-2 text-lg">{t.regionsPage.noLocal(name)}</p> : null}
      {/* A worker's usual handout for a region: its local help, then the Ontario-wide lines. */}
      <SheetResultsLink entries={[...KINDS.flatMap((kind) => local.filter((e) => e.kind === kind)), ...lines]} />
      {KINDS.map((kind) => {
        const ofKind = local.filter((e) => e.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`local-${kind}`} className="mt-6">
            <h3 id={`local-${kind}`} className="text-xl font-bold">
              {t.kinds[kind].label} <span className="font-normal text-muted">({ofKind.length})</span>
            </h3>
            <ul className="mt-3 grid gap-4">
              {ofKind.map((entry) => (
                <li key={entry.slug}>
                  <EntryCard entry={entry} headingLevel={3} sheetForm={SHEET_FORM_ID} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <section aria-labelledby="all-ontario" className="mt-10">
        <h2 id="all-ontario">{t.regionsPage.broadHeading}</h2>
        <p className="mt-2">{t.regionsPage.broadIntro(name)}</p>
        <ul className="mt-3 grid gap-4">
          {lines.map((entry) => (
            <li key={entry.slug}>
              <EntryCard entry={entry} headingLevel={3} sheetForm={SHEET_FORM_ID} />
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <a href={href(`/search?region=${region}`)}>{t.regionsPage.allLink(name, local.length + broad.length)}</a>
        </p>
      </section>
      <SheetTickForm />
    </>
  );
}
