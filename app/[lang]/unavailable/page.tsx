import type { Metadata } from "next";
import { RegionLinks } from "@/components/layout/region-links";
import { UrgentHelp } from "@/components/layout/urgent-help";
import { KINDS } from "@/lib/content/taxonomies";
import { getMessages, href } from "@/lib/i18n";
import { pageLang, type LangParams } from "@/lib/i18n/page";

// What the CDN serves, with status 503, for search, filtered listings and the sheet when
// every instance is down (deploy/varnish/site.vcl). Prerendered like any page, so it
// carries the site's chrome (quick exit, privacy notice, 911 and the hotline), and written
// into the static mirror by `npm run export:mirror`. Never an address of the live site
// (lib/routes.ts): nothing links to it, and the live site answers it with the 404 page.
// Every link here leads to a page the mirror has.
type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return { title: getMessages(lang).unavailable.title, robots: { index: false } };
}

export default async function UnavailablePage({ params }: Props) {
  await pageLang(params);
  const t = getMessages();
  return (
    <>
      <h1>{t.unavailable.title}</h1>
      <p className="mt-2 text-lg">{t.unavailable.text}</p>
      <div className="mt-4">
        <UrgentHelp id="unavailable-urgent" />
      </div>
      <h2 className="mt-8">{t.nav.kinds}</h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {KINDS.map((kind) => (
          <li key={kind}>
            <a className="inline-flex min-h-11 items-center" href={href(`/${kind}`)}>
              {t.kinds[kind].label}
            </a>
          </li>
        ))}
      </ul>
      <h2 className="mt-8">{t.nav.regions}</h2>
      <RegionLinks className="mt-3 grid gap-2 sm:grid-cols-2" />
      <p className="mt-6">{t.unavailable.retry}</p>
    </>
  );
}
