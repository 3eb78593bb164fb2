import { ownPhones } from "@/lib/content/channels";
import type { Entry } from "@/lib/content/schema";
import { getMessages } from "@/lib/i18n";
import { NATIONAL_HOTLINE } from "@/lib/site";

export function EntryBadges({ entry, showKind = false }: { entry: Entry; showKind?: boolean }) {
  const t = getMessages();
  // 24/7 is a channel's, never the organization's: the badge says which channel it is.
  const open = ownPhones(entry).some((p) => p.open_24_7) ? t.entry.line247 : entry.chat?.open_24_7 ? t.entry.chat247 : undefined;
  return (
    <p className="flex flex-wrap gap-2">
      {showKind ? <span className="badge text-muted">{t.kinds[entry.kind].one}</span> : null}
      {open ? <span className="badge text-ok">{open}</span> : null}
      {entry.status !== "active" ? <span className="badge text-warn">{t.statuses[entry.status]}</span> : null}
      {entry.led_by.map((l) => (
        <span key={l} className="badge text-muted">{t.leadership[l]}</span>
      ))}
    </p>
  );
}

// An entry that may be out of service sends the reader to the national hotline first,
// before its own note: a line that answers is worth more than one that might.
// `hotline: false` where the page already gives the hotline first (a referral sheet).
export function StatusCaution({ entry, hotline = true }: { entry: Entry; hotline?: boolean }) {
  const t = getMessages().entry;
  if (entry.status === "active" || !entry.status_note) return null;
  return (
    <div role="note" className="caution mt-4 rounded-lg border-2 border-warn bg-warn-bg p-4">
      <p className="font-bold">{getMessages().colon(t.caution)} {getMessages().statuses[entry.status]}</p>
      {hotline ? (
        <p className="mt-1">
          {t.checkHotlineFirst}{" "}
          <a href={`tel:${NATIONAL_HOTLINE.dial}`} className="phone-number font-semibold">
            {getMessages().formatPhone(NATIONAL_HOTLINE.display)}
          </a>
        </p>
      ) : null}
      <p className="mt-1">{entry.status_note}</p>
    </div>
  );
}
