// A CARE Unit is several organizations working together; each is listed with its own
// confirmed contacts so a reader can reach the right one.
import type { Partner } from "@/lib/content/schema";
import { getMessages } from "@/lib/i18n";
import { PhoneLink, WebsiteLink } from "./contact-actions";

export function PartnerList({ partners }: { partners: Partner[] }) {
  const t = getMessages().entry;
  return (
    <section aria-labelledby="partners" className="mt-8">
      <h2 id="partners">{t.partners}</h2>
      <ul className="mt-3 grid gap-4">
        {partners.map((p) => (
          <li key={p.name} className="card rounded-lg border border-line bg-card p-4">
            <h3>{p.name}</h3>
            {p.role ? <p className="mt-1">{p.role}</p> : null}
            {p.hours ? <p className="mt-1 text-sm">{t.hours}: {p.hours}</p> : null}
            {p.phones.length ? (
              <ul className="mt-2 flex flex-col gap-2">
                {p.phones.map((phone) => (
                  <li key={phone.dial}>
                    <PhoneLink phone={phone} />
                  </li>
                ))}
              </ul>
            ) : null}
            {p.website ? (
              <p className="mt-2">
                <WebsiteLink url={p.website} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
