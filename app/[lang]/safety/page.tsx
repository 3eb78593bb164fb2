import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InfoArticle } from "@/components/pages/info-article";
import { getInfoPage } from "@/lib/content";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { SAFETY_PATH, SAFETY_SLUG } from "@/lib/site";

type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const page = getInfoPage(SAFETY_SLUG);
  return page ? pageMetadata(lang, SAFETY_PATH, { title: page.title, description: page.description }) : {};
}

export default async function SafetyPage({ params }: Props) {
  await pageLang(params);
  const page = getInfoPage(SAFETY_SLUG);
  if (!page) notFound();
  return <InfoArticle page={page} />;
}
