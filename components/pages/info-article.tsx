import type { InfoPage } from "@/lib/content/schema";
import { SourcesList } from "../entry/sources-list";

/** An information page from content/pages: sanitized HTML, then its sources. */
export function InfoArticle({ page }: { page: InfoPage }) {
  return (
    <article>
      <h1>{page.title}</h1>
      <p className="mt-3 text-lg">{page.description}</p>
      <div className="prose-body mt-4" dangerouslySetInnerHTML={{ __html: page.html }} />
      <SourcesList sources={page.sources} verified={page.assured_date} />
    </article>
  );
}
