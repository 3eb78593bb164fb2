// Every region of Ontario as a plain link to its page: on the home page, and on the
// outage page, where each region page is still served from the static mirror.
import { LOCAL_REGIONS } from "@/lib/content/places";
import { getMessages, href } from "@/lib/i18n";
import { REGIONS_PATH } from "@/lib/site";

export function RegionLinks({ className = "mt-2 grid gap-x-4 sm:grid-cols-2" }: { className?: string }) {
  const t = getMessages();
  return (
    <ul className={className}>
      {LOCAL_REGIONS.map((region) => (
        <li key={region}>
          <a className="inline-flex min-h-11 items-center" href={href(`${REGIONS_PATH}/${region}`)}>
            {t.regions[region]}
          </a>
        </li>
      ))}
    </ul>
  );
}
