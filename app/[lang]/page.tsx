import { SearchForm } from "@/components/search/search-form";
import { RegionLinks } from "@/components/layout/region-links";
import { UrgentHelp } from "@/components/layout/urgent-help";
import { getEntriesByKind, getInfoPages } from "@/lib/content";
import { KINDS } from "@/lib/content/taxonomies";
import type { Metadata } from "next";
import { getMessages, href } from "@/lib/i18n";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { INFO_PATH, SAFETY_PATH, SAFETY_SLUG, SITE_DOCUMENT_SLUGS } from "@/lib/site";

type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/", {});
}

export default async function HomePage({ params }: Props) {
  await pageLang(params);
  const t = getMessages();
  return (
    <>
      <h1 className="sr-only">{t.site.name}</h1>
      <p className="mb-4 text-lg">{t.site.tagline}</p>
      <UrgentHelp />

      <section aria-labelledby="find" className="mt-8">
        <h2 id="find">{t.home.findHelp}</h2>
        <div className="mt-3">
          <SearchForm id="home-search" large />
        </div>
      </section>

      <section aria-labelledby="near" className="mt-8">
        <h2 id="near">{t.home.nearYou}</h2>
        <div className="mt-3">
          <SearchForm id="home-place" visibleLabel label={t.regionsPage.placeLabel} placeholder={t.regionsPage.placeHint} />
        </div>
        <details className="mt-3">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{t.home.allRegions}</summary>
          <RegionLinks />
        </details>
      </section>

      <section aria-labelledby="kinds" className="mt-8">
        <h2 id="kinds">{t.home.kindsIntro}</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {KINDS.map((kind) => (
            <li key={kind} className="card rounded-lg border border-line bg-card p-4">
              <h3>
                <a href={href(`/${kind}`)}>
                  {t.kinds[kind].label} <span className="font-normal text-muted">({getEntriesByKind(kind).length})</span>
                </a>
              </h3>
              <p className="mt-1">{t.kinds[kind].intro}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="learn" className="mt-8">
        <h2 id="learn">{t.home.learnHeading}</h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {getInfoPages()
            .filter((p) => p.slug !== SAFETY_SLUG && !SITE_DOCUMENT_SLUGS.includes(p.slug))
            .map((p) => (
              <li key={p.slug}>
                <a href={href(`${INFO_PATH}/${p.slug}`)}>{p.title}</a>
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="safely" className="mt-8 rounded-lg border border-line bg-calm p-4">
        <h2 id="safely">{t.home.safetyHeading}</h2>
        <p className="mt-2">{t.home.safetyText}</p>
        <p className="mt-2">
          <a href={href(SAFETY_PATH)}>{t.privacy.link}</a>
        </p>
      </section>
    </>
  );
}
