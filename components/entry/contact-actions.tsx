// How to reach an entry, as real links: tel: (E.164), sms:, chat, mailto:, website.
// The number is always written out in full, so it can be read aloud or printed.
import { ownPhones } from "@/lib/content/channels";
import { phoneHref } from "@/lib/content/phone";
import type { Entry, Phone } from "@/lib/content/schema";
import { getMessages, href } from "@/lib/i18n";

// The number never breaks across lines (`phone-number`, white-space: nowrap); what the
// line is (its label, its hours, whose line it is) goes below it, never squeezed beside.
function PhoneNumber({ phone }: { phone: Phone }) {
  return <span className="phone-number">{getMessages().formatPhone(phone.number)}</span>;
}

function verbOf(phone: Phone): string {
  const m = getMessages();
  const t = m.entry;
  if (phone.type === "text") return t.text(phone.text_keyword);
  if (phone.type === "tty") return m.colon(t.tty);
  if (phone.type === "whatsapp") return m.colon(t.whatsapp);
  return t.call;
}

/** What a line is: its own label, or the entry it belongs to; then its hours. */
function PhoneNotes({ phone }: { phone: Phone }) {
  const t = getMessages().entry;
  const hours = phone.open_24_7 ? (phone.hours ?? t.open247) : phone.hours;
  return (
    <>
      {phone.ref ? (
        <span className="phone-note block text-sm">
          <a className="inline-flex min-h-11 items-center" href={href(`/${phone.ref.kind}/${phone.ref.slug}`)}>
            {t.lineOf(phone.ref.name)}
          </a>
        </span>
      ) : phone.label ? (
        <span className="phone-note block text-sm">{phone.label}</span>
      ) : null}
      {hours ? <span className="phone-note block text-sm">{hours}</span> : null}
    </>
  );
}

/** A confirmed line, as the one action that opens it: tel:, sms:, or WhatsApp's address. */
export function PhoneLink({ phone, compact = false }: { phone: Phone; compact?: boolean }) {
  const external = phone.type === "whatsapp" ? { rel: "noreferrer noopener" } : {};
  return (
    <>
      <a className={compact ? "button-call !mt-0 !text-base" : "button-call"} href={phoneHref(phone)} {...external}>
        {verbOf(phone)} <PhoneNumber phone={phone} />
      </a>
      {compact ? null : <PhoneNotes phone={phone} />}
    </>
  );
}

/** A line that may be out of service: written out, but not a one-tap call (see StatusCaution). */
export function PhoneText({ phone }: { phone: Phone }) {
  const t = getMessages().entry;
  return (
    <p>
      {phone.type === "whatsapp" ? `${getMessages().colon(t.whatsapp)} ` : null}
      <span className="font-semibold">
        <PhoneNumber phone={phone} />
      </span>
      <PhoneNotes phone={phone} />
      <span className="not-one-tap block text-sm text-muted">{t.notOneTap}</span>
    </p>
  );
}

/** A line as its own evidence allows: one tap when confirmed, written out when not. */
export function PhoneContact({ phone }: { phone: Phone }) {
  return phone.confirmed ? <PhoneLink phone={phone} /> : <PhoneText phone={phone} />;
}

/** A website as a readable, wrapping link that leaves without a referrer. */
export function WebsiteLink({ url }: { url: string }) {
  const m = getMessages();
  return (
    <>
      {m.colon(m.entry.website)}{" "}
      <a className="break-all" href={url} rel="noreferrer noopener">
        {url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
      </a>
    </>
  );
}

export function ContactActions({ entry }: { entry: Entry }) {
  const m = getMessages();
  const t = m.entry;
  // "No direct number" is about the entry's own lines: a referenced hotline is not one.
  const hasDirect = ownPhones(entry).length > 0 || entry.chat || entry.emails.length > 0;
  return (
    <ul className="contact-actions flex flex-col gap-3">
      {entry.phones.map((phone) => (
        <li key={`${phone.type}-${phone.dial}`}>
          <PhoneContact phone={phone} />
        </li>
      ))}
      {entry.chat ? (
        <li>
          <a className="button-secondary" href={entry.chat.url} rel="noreferrer noopener">
            {t.chat}
          </a>
          {entry.chat.hours || entry.chat.open_24_7 ? <span className="ml-2 text-sm">{entry.chat.hours ?? t.open247}</span> : null}
          {entry.chat.note ? <p className="mt-1 text-sm text-muted">{entry.chat.note}</p> : null}
        </li>
      ) : null}
      {entry.emails.map((email) => (
        <li key={email}>
          {m.colon(t.email)} <a href={`mailto:${email}`}>{email}</a>
        </li>
      ))}
      {entry.website ? (
        <li>
          <WebsiteLink url={entry.website} />
        </li>
      ) : null}
      {entry.address && !entry.location_confidential ? (
        <li>
          {m.colon(t.address)} {entry.address}
        </li>
      ) : null}
      {entry.location_confidential ? <li className="font-semibold">{t.confidential}</li> : null}
      {!hasDirect ? <li>{"partners" in entry ? t.viaPartners : t.noContact}</li> : null}
    </ul>
  );
}
