import type { Metadata } from "next";
import { getInfoPages } from "@/lib/content";
import { getMessages, href } from "@/lib/i18n";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { INFO_PATH, SAFETY_PATH, SAFETY_SLUG, SITE_DOCUMENT_SLUGS } from "@/lib/site";

type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const t = getMessages(lang).learn;
  return pageMetadata(lang, INFO_PATH, { title: t.heading, description: t.intro });
}

export default async function LearnPage({ params }: Props) {
  await pageLang(params);
  const t = getMessages().learn;
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="mt-2 text-lg">{t.intro}</p>
      <ul className="mt-6 grid gap-4">
        {getInfoPages()
          .filter((page) => !SITE_DOCUMENT_SLUGS.includes(page.slug))
          .map((page) => (
            <li key={page.slug} className="card rounded-lg border border-line bg-card p-4">
              <h2 className="text-lg">
                <a href={href(page.slug === SAFETY_SLUG ? SAFETY_PATH : `${INFO_PATH}/${page.slug}`)}>{page.title}</a>
              </h2>
              <p className="mt-1">{page.description}</p>
            </li>
          ))}
      </ul>
    </>
  );
}
