// The sticky bar: the quick exit, 911 and the national hotline, on screen on every page.
import { getMessages } from "@/lib/i18n";
import { EMERGENCY, NATIONAL_HOTLINE } from "@/lib/site";
import { QuickExit } from "../quick-exit/quick-exit";

/** Paper keeps help: the sticky bar is not printed, so its two numbers are, as text. */
export function PrintedHelp() {
  const t = getMessages().urgent;
  return (
    <p className="printed-help hidden font-bold print:block">
      {t.call911} · {t.hotlineLead} <span className="phone-number">{getMessages().formatPhone(NATIONAL_HOTLINE.display)}</span>
    </p>
  );
}

export function UrgentBar() {
  const t = getMessages().urgent;
  return (
    <div className="urgent-bar sticky top-0 z-50 border-b border-line bg-surface/95 shadow-sm">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-3 py-1.5">
        <QuickExit />
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm font-semibold">
          <a className="call-link" href={`tel:${EMERGENCY.dial}`}>
            <span className="phone-number">{t.call911}</span>
          </a>
          <a className="call-link" href={`tel:${NATIONAL_HOTLINE.dial}`}>
            <span className="sr-only">{t.hotlineLead} </span>
            <span aria-hidden="true">{t.hotlineShort}:&nbsp;</span>
            <span className="phone-number">{getMessages().formatPhone(NATIONAL_HOTLINE.display)}</span>
          </a>
        </p>
      </div>
    </div>
  );
}
