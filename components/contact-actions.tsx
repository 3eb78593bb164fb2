// How to reach an entry, as real links: tel: (E.164), sms:, chat, mailto:, website.
// The number is always written out in full, so it can be read aloud or printed.
import type { Entry, Phone } from "@/lib/content/schema";
import { getMessages } from "@/lib/i18n";

export function PhoneLink({ phone, compact = false }: { phone: Phone; compact?: boolean }) {
  const m = getMessages();
  const t = m.entry;
  const isText = phone.type === "text";
  const verb = isText ? t.text(phone.text_keyword) : phone.type === "tty" ? m.colon(t.tty) : t.call;
  const href = isText ? `sms:${phone.dial}${phone.text_keyword ? `?body=${encodeURIComponent(phone.text_keyword)}` : ""}` : `tel:${phone.dial}`;
  return (
    <a className={compact ? "button-call !mt-0 !text-base" : "button-call"} href={href}>
      {verb} {m.formatPhone(phone.number)}
      {phone.label && !compact ? <span className="ml-1 text-sm font-normal">({phone.label})</span> : null}
    </a>
  );
}

/** A line that may be out of service: written out, but not a one-tap call (see StatusCaution). */
export function PhoneText({ phone }: { phone: Phone }) {
  const m = getMessages();
  const t = m.entry;
  return (
    <p>
      <span className="whitespace-nowrap font-semibold">{m.formatPhone(phone.number)}</span>
      {phone.label ? <span className="ml-1 text-sm">({phone.label})</span> : null}
      <span className="not-one-tap block text-sm text-muted">{t.notOneTap}</span>
    </p>
  );
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
  const hasDirect = entry.phones.length > 0 || entry.chat || entry.emails.length > 0;
  return (
    <ul className="contact-actions flex flex-col gap-3">
      {entry.phones.map((phone) => (
        <li key={`${phone.type}-${phone.dial}`}>
          {entry.status === "active" ? <PhoneLink phone={phone} /> : <PhoneText phone={phone} />}
        </li>
      ))}
      {entry.chat ? (
        <li>
          <a className="button-secondary" href={entry.chat.url} rel="noreferrer noopener">
            {t.chat}
          </a>
          {entry.chat.hours ? <span className="ml-2 text-sm">{entry.chat.hours}</span> : null}
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
