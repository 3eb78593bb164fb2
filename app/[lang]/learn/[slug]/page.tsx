import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InfoArticle } from "@/components/pages/info-article";
import { getInfoPage, getInfoPages } from "@/lib/content";
import { pageLang, pageMetadata } from "@/lib/i18n/page";
import { INFO_PATH, SAFETY_SLUG, SITE_DOCUMENT_SLUGS } from "@/lib/site";

type Props = { params: Promise<{ lang: string; slug: string }> };

// Pages with an address of their own: /safety (browse safely), /accessibility, /open-data.
const ELSEWHERE = new Set([SAFETY_SLUG, ...SITE_DOCUMENT_SLUGS]);

// Called once per language.
export function generateStaticParams() {
  return getInfoPages("en").filter((p) => !ELSEWHERE.has(p.slug)).map((p) => ({ slug: p.slug }));
}

const learnPage = (slug: string) => (ELSEWHERE.has(slug) ? undefined : getInfoPage(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const page = learnPage((await params).slug);
  return page ? pageMetadata(lang, `${INFO_PATH}/${page.slug}`, { title: page.title, description: page.description }) : {};
}

export default async function InfoPageRoute({ params }: Props) {
  await pageLang(params);
  const { slug } = await params;
  const page = learnPage(slug);
  if (!page) notFound();
  return <InfoArticle page={page} />;
}
