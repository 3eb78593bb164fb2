// A CARE Unit is several organizations working together; each is listed with its own
// confirmed contacts so a reader can reach the right one.
import type { Partner } from "@/lib/content/schema";
import { getMessages } from "@/lib/i18n";
import { PhoneContact, WebsiteLink } from "./contact-actions";

// A referral sheet lists several CARE Units on one page: each needs its own heading id,
// one level down.
export function PartnerList({ partners, id = "partners", nested = false }: { partners: Partner[]; id?: string; nested?: boolean }) {
  const t = getMessages().entry;
  const H = nested ? "h3" : "h2";
  const Name = nested ? "h4" : "h3";
  return (
    <section aria-labelledby={id} className={nested ? "partner-list mt-3" : "partner-list mt-8"}>
      <H id={id}>{t.partners}</H>
      <ul className="mt-3 grid gap-4">
        {partners.map((p) => (
          <li key={p.name} className="card rounded-lg border border-line bg-card p-4">
            <Name className="font-bold">{p.name}</Name>
            {p.role ? <p className="mt-1">{p.role}</p> : null}
            {p.hours ? <p className="mt-1 text-sm">{t.hours}: {p.hours}</p> : null}
            {p.phones.length ? (
              <ul className="mt-2 flex flex-col gap-2">
                {p.phones.map((phone) => (
                  <li key={phone.dial}>
                    <PhoneContact phone={phone} />
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
