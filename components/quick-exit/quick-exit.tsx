// The quick exit is a real link first: with JavaScript off it still leaves the site,
// without a referrer. The inline script in <head> (QuickExitScript) makes it instant
// and traceless, and writes its Shift countdown into QuickExitStatus.
import { getMessages } from "@/lib/i18n";
import { QUICK_EXIT_STATUS_ID } from "@/lib/quick-exit/inline-script";
import { QUICK_EXIT_URL } from "@/lib/site";

export function QuickExit() {
  const t = getMessages().exit;
  return (
    <a
      href={QUICK_EXIT_URL}
      rel="noreferrer noopener"
      data-quick-exit=""
      aria-label={t.accessibleName}
      className="quick-exit inline-flex min-h-11 items-center justify-center gap-2 rounded-md border-2 border-white bg-exit px-4 py-2 text-base font-bold text-white no-underline shadow hover:bg-exit-dark"
    >
      <span aria-hidden="true">✕</span>
      {t.label}
    </a>
  );
}

/** GOV.UK's second exit: a skip link that only appears when focused. */
export function QuickExitSkipLink() {
  const t = getMessages().exit;
  return (
    <a href={QUICK_EXIT_URL} rel="noreferrer noopener" data-quick-exit="" className="skip-link">
      {t.skipLabel}
    </a>
  );
}

/** The live region the inline script writes to ("Press it 2 more times…"); empty in the HTML. */
export function QuickExitStatus() {
  return <p id={QUICK_EXIT_STATUS_ID} role="status" aria-live="polite" className="sr-only" />;
}
