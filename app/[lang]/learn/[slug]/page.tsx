import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InfoArticle } from "@/components/info-article";
import { getInfoPage, getInfoPages } from "@/lib/content";
import { pageLang, pageMetadata } from "@/lib/i18n/page";
import { INFO_PATH, SAFETY_SLUG } from "@/lib/site";

type Props = { params: Promise<{ lang: string; slug: string }> };

// The browse-safely page has its own short address, /safety. Called once per language.
export function generateStaticParams() {
  return getInfoPages("en").filter((p) => p.slug !== SAFETY_SLUG).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const page = getInfoPage((await params).slug);
  return page ? pageMetadata(lang, `${INFO_PATH}/${page.slug}`, { title: page.title, description: page.description }) : {};
}

export default async function InfoPageRoute({ params }: Props) {
  await pageLang(params);
  const { slug } = await params;
  const page = slug === SAFETY_SLUG ? undefined : getInfoPage(slug);
  if (!page) notFound();
  return <InfoArticle page={page} />;
}
