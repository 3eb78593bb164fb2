import type { Source } from "@/lib/content/schema";
import { getMessages } from "@/lib/i18n";

/** When the details were last checked, and the official pages they come from. */
export function SourcesList({ sources, verified }: { sources: Source[]; verified: string }) {
  const t = getMessages();
  return (
    <section aria-labelledby="sources" className="mt-8 border-t border-line pt-4 text-sm">
      <h2 id="sources" className="text-lg">{t.entry.sources}</h2>
      <p className="mt-1">
        {t.colon(t.entry.verified)} <time dateTime={verified}>{t.formatDate(verified)}</time>
      </p>
      <p className="mt-1 text-muted">{t.entry.sourcesNote}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {sources.map((s) => (
          <li key={s.url + s.title}>
            <a className="break-words" href={s.url} rel="noreferrer noopener">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
