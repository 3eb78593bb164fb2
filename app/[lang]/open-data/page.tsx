// /open-data: what the HSDS export holds, where its facts come from, what is never in
// it, and how to cite it. The words are content/pages/open-data.md (French beside it);
// the two values that change with the build are filled in here: {{entries}}, the
// number of entries, and {{origin}}, the site's public origin. The files themselves are
// route handlers beside this page, and exist once, in English: a French page links them too.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentBody } from "@/components/pages/document-body";
import { getAllEntries, getInfoPage } from "@/lib/content";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { OPEN_DATA_PATH, OPEN_DATA_SLUG, SITE_ORIGIN } from "@/lib/site";

type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const page = getInfoPage(OPEN_DATA_SLUG);
  return page ? pageMetadata(lang, OPEN_DATA_PATH, { title: page.title, description: page.description }) : {};
}

export default async function OpenDataPage({ params }: Props) {
  await pageLang(params);
  const page = getInfoPage(OPEN_DATA_SLUG);
  if (!page) notFound();
  const values = { entries: String(getAllEntries().length), origin: SITE_ORIGIN };
  // The first paragraph is the page's lead; the citation's address breaks where it must on a 320 px screen.
  return (
    <article className="max-w-3xl">
      <h1>{page.title}</h1>
      <DocumentBody html={page.html} file={page.file} values={values} className="[&>p:first-child]:text-lg [&_code]:break-words" />
    </article>
  );
}
