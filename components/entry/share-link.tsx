// Without JavaScript the address is shown to copy by hand; with it, CopyLink adds a
// copy button and the system share sheet where the browser has one.
import { getMessages } from "@/lib/i18n";
import { CopyLink } from "./copy-link";

export function ShareLink({ path, title }: { path: string; title: string }) {
  const t = getMessages().entry;
  return (
    <section aria-labelledby="share" className="no-print mt-8 rounded-lg border border-line p-4">
      <h2 id="share" className="text-lg">{t.share}</h2>
      <p className="mt-1 text-sm">{t.shareNote}</p>
      <p className="mt-2 break-all rounded bg-calm px-2 py-1 font-mono text-sm" data-share-url="">
        {path}
      </p>
      <CopyLink path={path} title={title} labels={{ copy: t.copy, copied: t.copied, share: t.shareButton }} />
    </section>
  );
}
