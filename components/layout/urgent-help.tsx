// The two numbers a person in danger needs, written out in full (they print, too).
import { getMessages } from "@/lib/i18n";
import { EMERGENCY, NATIONAL_HOTLINE } from "@/lib/site";

export function UrgentHelp({ heading, headingLevel = 2, id }: { heading?: string; headingLevel?: 1 | 2; id?: string }) {
  const t = getMessages().urgent;
  const H = headingLevel === 1 ? "h1" : "h2";
  return (
    <section aria-labelledby={id ?? "urgent-help"} className="urgent-help rounded-lg border-2 border-warn bg-warn-bg p-4">
      <H id={id ?? "urgent-help"} className="text-xl font-bold">
        {heading ?? t.heading}
      </H>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        <li>
          <p className="font-semibold">{t.danger}</p>
          <a className="button-call" href={`tel:${EMERGENCY.dial}`}>
            <span className="phone-number">{t.call911}</span>
          </a>
        </li>
        <li>
          <p className="font-semibold">{t.hotlineLead}</p>
          <a className="button-call" href={`tel:${NATIONAL_HOTLINE.dial}`}>
            <span className="phone-number">{getMessages().formatPhone(NATIONAL_HOTLINE.display)}</span>
          </a>
          <a className="mt-2 inline-flex min-h-11 items-center" href={NATIONAL_HOTLINE.chat} rel="noreferrer noopener">
            {t.chat}
          </a>
        </li>
      </ul>
    </section>
  );
}
