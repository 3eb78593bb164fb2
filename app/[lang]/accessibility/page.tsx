import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { ACCESSIBILITY_PATH } from "@/lib/site";

type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const t = getMessages(lang).accessibility;
  return pageMetadata(lang, ACCESSIBILITY_PATH, { title: t.title, description: t.description });
}

export default async function AccessibilityPage({ params }: Props) {
  await pageLang(params);
  const t = getMessages().accessibility;
  const f = getMessages().formatDate;
  return (
    <article>
      <h1>{t.title}</h1>
      <p className="mt-3 text-lg">{t.description}</p>
      {t.sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="prose-body mt-8">
          <h2 id={s.id}>{s.heading}</h2>
          {s.paragraphs?.map((p) => <p key={p}>{p}</p>)}
          {s.items ? (
            <ul>
              {s.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <p className="mt-8 border-t border-line pt-4 text-sm">
        {t.written} <time dateTime={t.writtenDate}>{f(t.writtenDate)}</time>.
      </p>
    </article>
  );
}
