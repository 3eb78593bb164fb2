import type { Entry } from "@/lib/content/schema";
import { getMessages } from "@/lib/i18n";

export function EntryBadges({ entry, showKind = false }: { entry: Entry; showKind?: boolean }) {
  const t = getMessages();
  return (
    <p className="flex flex-wrap gap-2">
      {showKind ? <span className="badge text-muted">{t.kinds[entry.kind].one}</span> : null}
      {entry.open_24_7 ? <span className="badge text-ok">{t.entry.open247}</span> : null}
      {entry.status !== "active" ? <span className="badge text-warn">{t.statuses[entry.status]}</span> : null}
    </p>
  );
}

export function StatusCaution({ entry }: { entry: Entry }) {
  const t = getMessages().entry;
  if (entry.status === "active" || !entry.status_note) return null;
  return (
    <div role="note" className="mt-4 rounded-lg border-2 border-warn bg-warn-bg p-4">
      <p className="font-bold">{t.caution}: {getMessages().statuses[entry.status]}</p>
      <p className="mt-1">{entry.status_note}</p>
    </div>
  );
}
