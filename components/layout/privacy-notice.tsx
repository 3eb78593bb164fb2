import { getMessages, href } from "@/lib/i18n";
import { SAFETY_PATH } from "@/lib/site";

/** Always in the page, nothing to dismiss: the site has no cookie to remember a dismissal. */
export function PrivacyNotice() {
  const t = getMessages().privacy;
  return (
    <aside aria-label={t.label} className="privacy-notice border-b border-line bg-calm text-sm">
      <p className="mx-auto max-w-5xl px-4 py-2">
        {t.text} <a href={href(SAFETY_PATH)}>{t.link}</a>
      </p>
    </aside>
  );
}
