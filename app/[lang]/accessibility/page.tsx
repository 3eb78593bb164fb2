// /accessibility: the statement is content/pages/accessibility.md (French beside it),
// checked with every other page; its assured_date is the day it was last reviewed.
// It says only what the test suite really does (tests/e2e/*.spec.ts): when a test is
// added or dropped, change the statement with it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentBody } from "@/components/pages/document-body";
import { getInfoPage } from "@/lib/content";
import { getMessages } from "@/lib/i18n";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { ACCESSIBILITY_PATH, ACCESSIBILITY_SLUG } from "@/lib/site";

type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const page = getInfoPage(ACCESSIBILITY_SLUG);
  return page ? pageMetadata(lang, ACCESSIBILITY_PATH, { title: page.title, description: page.description }) : {};
}

export default async function AccessibilityPage({ params }: Props) {
  await pageLang(params);
  const page = getInfoPage(ACCESSIBILITY_SLUG);
  if (!page) notFound();
  const t = getMessages();
  return (
    <article>
      <h1>{page.title}</h1>
      <p className="mt-3 text-lg">{page.description}</p>
      <DocumentBody html={page.html} file={page.file} className="mt-4" />
      <p className="mt-8 border-t border-line pt-4 text-sm">
        {t.accessibility.written} <time dateTime={page.assured_date}>{t.formatDate(page.assured_date)}</time>.
      </p>
    </article>
  );
}
