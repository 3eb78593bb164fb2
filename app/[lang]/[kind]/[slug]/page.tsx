import type { Metadata } from "next";
import { ownPhones } from "@/lib/content/channels";
import { notFound } from "next/navigation";
import { EntryBadges, StatusCaution } from "@/components/entry/badges";
import { ContactActions } from "@/components/entry/contact-actions";
import { EntryFacts } from "@/components/entry/entry-facts";
import { EntryJsonLd } from "@/components/entry/entry-json-ld";
import { OpenDataLink } from "@/components/entry/open-data-link";
import { NetworkList } from "@/components/entry/network-list";
import { PartnerList } from "@/components/entry/partner-list";
import { ShareLink } from "@/components/entry/share-link";
import { SheetAddForm } from "@/components/sheet/sheet-tick";
import { SourcesList } from "@/components/entry/sources-list";
import { getAllEntries, getEntry } from "@/lib/content";
import { isKind } from "@/lib/content/taxonomies";
import { getMessages, href } from "@/lib/i18n";
import { pageLang, pageMetadata } from "@/lib/i18n/page";

type Props = { params: Promise<{ lang: string; kind: string; slug: string }> };

// Called once per language.
export function generateStaticParams() {
  return getAllEntries("en").map((e) => ({ kind: e.kind, slug: e.slug }));
}

async function load(params: Props["params"]) {
  await pageLang(params);
  const { kind, slug } = await params;
  return isKind(kind) ? getEntry(kind, slug) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await load(params);
  if (!entry) return {};
  const t = getMessages();
  // The title names the entry's own confirmed line, never a line it only refers to.
  const phone = ownPhones(entry).find((p) => p.confirmed)?.number;
  const title = `${entry.name}${phone ? ` (${t.formatPhone(phone)})` : ""}`;
  return pageMetadata((await params).lang === "fr" ? "fr" : "en", `/${entry.kind}/${entry.slug}`, { title, description: t.entry.metaDescription(t.kinds[entry.kind].one, entry.description) });
}

export default async function EntryPage({ params }: Props) {
  const entry = await load(params);
  if (!entry) notFound();
  const t = getMessages();
  const path = `/${entry.kind}/${entry.slug}`;
  return (
    <article>
      <p className="no-print text-sm">
        <a href={href(`/${entry.kind}`)}>← {t.entry.back(t.kinds[entry.kind].label)}</a>
      </p>
      <h1 className="mt-2">{entry.name}</h1>
      <EntryBadges entry={entry} showKind />
      <StatusCaution entry={entry} />
      <p className="mt-3 text-lg">{entry.description}</p>

      <section aria-labelledby="reach" className="mt-6">
        <h2 id="reach">{t.entry.reach}</h2>
        <div className="mt-3">
          <ContactActions entry={entry} />
        </div>
      </section>

      <section aria-labelledby="details" className="mt-8">
        <h2 id="details">{t.entry.details}</h2>
        <EntryFacts entry={entry} />
      </section>

      {"partners" in entry ? <PartnerList partners={entry.partners} /> : null}

      {entry.html ? (
        <section aria-labelledby="about" className="mt-8">
          <h2 id="about">{t.entry.about}</h2>
          <div className="prose-body" dangerouslySetInnerHTML={{ __html: entry.html }} />
        </section>
      ) : null}

      {entry.lists_network ? <NetworkList network={entry.lists_network} /> : null}

      <ShareLink path={href(path)} title={entry.name} />
      <SheetAddForm id={`${entry.kind}/${entry.slug}`} />
      <SourcesList sources={entry.sources} verified={entry.assured_date} />
      <OpenDataLink entry={entry} />
      <EntryJsonLd entry={entry} />
    </article>
  );
}
