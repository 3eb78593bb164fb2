// One entry on a referral sheet: everything a person needs to reach it from paper. It
// reuses the entry page's own parts (badges, caution, contacts, facts), so a change to
// what an entry shows lands on the sheet too.
import type { Entry } from "@/lib/content/schema";
import { getMessages, href } from "@/lib/i18n";
import { EMERGENCY, NATIONAL_HOTLINE, SITE_ORIGIN } from "@/lib/site";
import { EntryBadges, StatusCaution } from "../entry/badges";
import { ContactActions } from "../entry/contact-actions";
import { EntryFacts } from "../entry/entry-facts";
import { PartnerList } from "../entry/partner-list";

// A sheet gives 911 and the hotline once, first: an entry does not repeat them as lines
// it only refers to, nor in its caution.
const GIVEN_FIRST = new Set<string>([EMERGENCY.dial, NATIONAL_HOTLINE.dial]);

export function SheetEntry({ entry: full }: { entry: Entry }) {
  const entry = { ...full, phones: full.phones.filter((p) => !(p.ref && GIVEN_FIRST.has(p.dial))) } as Entry;
  const t = getMessages();
  const path = href(`/${entry.kind}/${entry.slug}`);
  const key = `${entry.kind}-${entry.slug}`;
  return (
    <article aria-labelledby={`sheet-${key}`} className="sheet-entry card rounded-lg border border-line bg-card p-4">
      <h2 id={`sheet-${key}`} className="text-xl">
        {entry.name}
      </h2>
      <EntryBadges entry={entry} showKind />
      <StatusCaution entry={entry} hotline={false} />
      <p className="mt-2">{entry.description}</p>
      <h3 className="mt-3">{t.entry.reach}</h3>
      <div className="mt-2">
        <ContactActions entry={entry} />
      </div>
      {"partners" in entry ? <PartnerList partners={entry.partners} id={`partners-${key}`} nested /> : null}
      <EntryFacts entry={entry} />
      <p className="mt-2 text-sm">
        {t.colon(t.entry.verified)} <time dateTime={entry.assured_date}>{t.formatDate(entry.assured_date)}</time>
      </p>
      <p className="text-sm">
        {t.colon(t.sheet.onSite)}{" "}
        <a className="break-all" href={path}>
          {SITE_ORIGIN}
          {path}
        </a>
      </p>
    </article>
  );
}
