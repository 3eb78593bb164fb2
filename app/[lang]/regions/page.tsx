import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { getAllEntries } from "@/lib/content";
import { LOCAL_REGIONS, isLocal, regionsServed, topCommunities } from "@/lib/content/places";
import { getMessages, href } from "@/lib/i18n";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { placeLabel } from "@/lib/i18n/place-label";
import { REGIONS_PATH } from "@/lib/site";

type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const t = getMessages(lang);
  return pageMetadata(lang, REGIONS_PATH, { title: t.regionsPage.title, description: t.regionsPage.description });
}

export default async function RegionsPage({ params }: Props) {
  await pageLang(params);
  const t = getMessages();
  const local = getAllEntries().filter((e) => isLocal(e.service_areas));
  return (
    <>
      <h1>{t.regionsPage.title}</h1>
      <p className="mt-2 text-lg">{t.regionsPage.intro}</p>
      <div className="mt-4">
        <SearchForm id="place-search" large visibleLabel label={t.regionsPage.placeLabel} placeholder={t.regionsPage.placeHint} />
      </div>
      <h2 className="mt-8">{t.regionsPage.listHeading}</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {LOCAL_REGIONS.map((region) => (
          <li key={region} className="card rounded-lg border border-line bg-card p-4">
            <h3 className="text-lg">
              <a href={href(`${REGIONS_PATH}/${region}`)}>
                {t.regions[region]}{" "}
                <span className="font-normal text-muted">({t.regionsPage.localCount(local.filter((e) => regionsServed(e.service_areas).includes(region)).length)})</span>
              </a>
            </h3>
            <p className="mt-1 text-sm">{topCommunities(region).map((c) => placeLabel(t, c.id)).join(", ") || t.regions[region]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
