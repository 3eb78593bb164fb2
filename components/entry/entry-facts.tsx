// The details a worker checks before referring someone, as a description list.
import type { ReactNode } from "react";
import type { Entry } from "@/lib/content/schema";
import { getMessages } from "@/lib/i18n";
import { placeLabel } from "@/lib/i18n/place-label";

export function EntryFacts({ entry }: { entry: Entry }) {
  const t = getMessages();
  const languages = entry.languages.map((l) => t.languages[l]).join(", ");
  const rows: [string, ReactNode][] = [
    // Hours of a line or chat are given with that channel; this row is the service's own.
    [t.entry.hours, entry.hours],
    [t.entry.languages, [languages, entry.languages_note].filter(Boolean).join(". ") || undefined],
    [t.entry.cost, entry.fees_description],
    [t.entry.audiences, entry.audiences.map((a) => t.audiences[a]).join(", ")],
    [t.entry.ages, t.entry.ageRange(entry.minimum_age, entry.maximum_age)],
    [t.entry.ledBy, entry.led_by.map((l) => t.leadership[l]).join(", ")],
    [t.entry.offers, entry.offers.map((o) => t.offers[o]).join(", ")],
    [t.entry.eligibility, entry.eligibility_description],
    [t.entry.regions, entry.service_areas.map((p) => placeLabel(t, p)).join(", ")],
    [t.entry.intake, entry.intake ? t.intakes[entry.intake] : undefined],
    [t.entry.referral, entry.application_process],
    [t.entry.organization, entry.organization],
  ];
  return (
    <dl className="entry-facts mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
