// One entry in a list: name, badges, summary, where, and a one-tap call action.
import { ownPhones } from "@/lib/content/channels";
import type { Entry } from "@/lib/content/schema";
import { isLocal } from "@/lib/content/places";
import { getMessages, href } from "@/lib/i18n";
import { placeLabel } from "@/lib/i18n/place-label";
import { EMERGENCY } from "@/lib/site";
import { EntryBadges } from "./badges";
import { PhoneLink } from "./contact-actions";
import { SheetCheckbox } from "../sheet/sheet-tick";

// `sheetForm`: the id of the referral-sheet form this card's checkbox belongs to.
export function EntryCard({ entry, showKind = false, headingLevel = 2, sheetForm }: { entry: Entry; showKind?: boolean; headingLevel?: 2 | 3; sheetForm?: string }) {
  const t = getMessages();
  const H = headingLevel === 2 ? "h2" : "h3";
  // The card's one-tap call is the entry's own confirmed voice line, shown without its
  // label: so never another organization's line (a coalition's hotline), never 911
  // (already in the sticky bar: a police card offers its non-emergency number), never
  // WhatsApp or a line we could not confirm.
  const primary = ownPhones(entry).find((p) => p.confirmed && p.type === "voice" && p.dial !== EMERGENCY.dial);
  return (
    <article className="card rounded-lg border border-line bg-card p-4">
      <H className="text-lg font-bold">
        <a href={href(`/${entry.kind}/${entry.slug}`)}>{entry.name}</a>
      </H>
      <EntryBadges entry={entry} showKind={showKind} />
      <p className="mt-2">{entry.description}</p>
      <p className="mt-1 text-sm text-muted">{isLocal(entry.service_areas) ? entry.service_areas.map((p) => placeLabel(t, p)).join(", ") : t.places.servesAll}</p>
      {primary ? (
        <p className="mt-3">
          <PhoneLink phone={primary} compact />
        </p>
      ) : null}
      {sheetForm ? <SheetCheckbox entry={entry} form={sheetForm} /> : null}
    </article>
  );
}
