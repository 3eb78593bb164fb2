// Shared by the error boundaries (client components), so it only uses the small
// error catalogue and site constants.
import { enError as t } from "@/lib/i18n/en-error";
import { EMERGENCY, NATIONAL_HOTLINE } from "@/lib/site";

export function ErrorPanel({ reset }: { reset: () => void }) {
  return (
    <>
      <h1>{t.title}</h1>
      <p className="mt-2">{t.text}</p>
      <p className="mt-4 flex flex-wrap gap-3">
        <button type="button" className="button-primary" onClick={reset}>
          {t.retry}
        </button>
        <a className="button-secondary" href="/">
          {t.home}
        </a>
      </p>
      <p className="mt-6 text-lg">
        {t.danger} <a className="call-link" href={`tel:${EMERGENCY.dial}`}>{t.call911}</a>. {t.hotline}{" "}
        <a className="call-link" href={`tel:${NATIONAL_HOTLINE.dial}`}>{NATIONAL_HOTLINE.display}</a>
      </p>
    </>
  );
}
