// Shared by the error boundaries (client components), so it only uses the small
// error catalogue and site constants.
import { enError } from "@/lib/i18n/en-error";
import { frError } from "@/lib/i18n/fr-error";
import { frenchPhone } from "@/lib/i18n/fr-format";
import { localePath, type Lang } from "@/lib/lang";
import { EMERGENCY, NATIONAL_HOTLINE } from "@/lib/site";

export const errorWords = (lang: Lang) => (lang === "fr" ? frError : enError);

export function ErrorPanel({ reset, lang }: { reset: () => void; lang: Lang }) {
  const t = errorWords(lang);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="mt-2">{t.text}</p>
      <p className="mt-4 flex flex-wrap gap-3">
        <button type="button" className="button-primary" onClick={reset}>
          {t.retry}
        </button>
        <a className="button-secondary" href={localePath("/", lang)}>
          {t.home}
        </a>
      </p>
      <p className="mt-6 text-lg">
        {t.danger} <a className="call-link" href={`tel:${EMERGENCY.dial}`}><span className="phone-number">{t.call911}</span></a>. {t.hotline}{" "}
        <a className="call-link" href={`tel:${NATIONAL_HOTLINE.dial}`}><span className="phone-number">{lang === "fr" ? frenchPhone(NATIONAL_HOTLINE.display) : NATIONAL_HOTLINE.display}</span></a>
      </p>
    </>
  );
}
