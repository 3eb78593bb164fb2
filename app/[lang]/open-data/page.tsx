// /open-data: what the HSDS export holds, where its facts come from, what is never in
// it, and how to cite it. The files themselves are route handlers beside this page.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getAllEntries } from "@/lib/content";
import { getMessages } from "@/lib/i18n";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { OPEN_DATA_PATH, SITE_ORIGIN } from "@/lib/site";

// The data exists once, in English (its texts are the English entries'): a French page links the same file.
const ALL_PATH = `${OPEN_DATA_PATH}/services.json`;
type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const t = getMessages(lang).openData.page;
  return pageMetadata(lang, OPEN_DATA_PATH, { title: t.title, description: t.description });
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

export default async function OpenDataPage({ params }: Props) {
  await pageLang(params);
  const t = getMessages().openData.page;
  const count = getAllEntries().length;
  return (
    <article className="prose-body max-w-3xl">
      <h1>{t.title}</h1>
      <p className="text-lg">{t.intro}</p>

      <Section id="what" heading={t.whatHeading}>
        <ul>
          <li>
            {t.all(count)} <a href={ALL_PATH} type="application/json">{t.allLink}</a> (<code>{ALL_PATH}</code>)
          </li>
          <li>{t.each}</li>
        </ul>
        <p>{t.fields}</p>
        <p>{t.statuses}</p>
        <p>{t.ids}</p>
      </Section>

      <Section id="when" heading={t.whenHeading}>
        <p>{t.when}</p>
      </Section>

      <Section id="sources-of-facts" heading={t.sourcesHeading}>
        <p>{t.sources}</p>
      </Section>

      <Section id="never" heading={t.privateHeading}>
        <p>{t.private}</p>
      </Section>

      <Section id="cite" heading={t.citeHeading}>
        <p>{t.cite}</p>
        <p>
          <code className="break-words">{t.citeExample(`${SITE_ORIGIN}${ALL_PATH}`)}</code>
        </p>
      </Section>

      <Section id="format" heading={t.standardHeading}>
        <p>{t.standard}</p>
      </Section>
    </article>
  );
}
