// The local agencies of a network (Victim Services, community organizations), grouped
// by the region they serve, on the page of the province-wide entry that relies on them
// (VQRP+ is reached through a local Victim Services agency).
import { getEntriesInNetwork } from "@/lib/content";
import { LOCAL_REGIONS, regionsServed } from "@/lib/content/places";
import type { Network } from "@/lib/content/taxonomies";
import { getMessages, href } from "@/lib/i18n";
import { placeLabel } from "@/lib/i18n/place-label";

export function NetworkList({ network }: { network: Network }) {
  const t = getMessages();
  const members = getEntriesInNetwork(network);
  const groups = LOCAL_REGIONS.map((region) => ({
    region,
    entries: members.filter((e) => regionsServed(e.service_areas).includes(region)),
  })).filter((g) => g.entries.length > 0);
  return (
    <section aria-labelledby="network" className="mt-8">
      <h2 id="network">{t.networks[network].heading}</h2>
      <p className="mt-2">{t.networks[network].intro}</p>
      {groups.map(({ region, entries }) => (
        <div key={region} className="mt-4">
          <h3 className="text-lg font-bold">
            <a href={href(`/regions/${region}`)}>{t.regions[region]}</a>
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {entries.map((e) => (
              <li key={e.slug}>
                <a href={href(`/${e.kind}/${e.slug}`)}>{e.name}</a>{" "}
                <span className="text-sm text-muted">
                  ({e.service_areas.map((p) => placeLabel(t, p)).join(", ")}
                  {e.status !== "active" ? `; ${t.statuses[e.status]}` : ""})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="mt-4">{t.networks[network].missing}</p>
    </section>
  );
}
