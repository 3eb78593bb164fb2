// What the stack must prove when every instance is down (issue 18, "When the servers are
// down"): the CDN answers from the static mirror, and search comes back with one instance.
import { en } from "../../lib/i18n/en";
import { fr } from "../../lib/i18n/fr";
import { NATIONAL_HOTLINE, QUICK_EXIT_URL } from "../../lib/site";
import type { Mirror } from "../lib/mirror";
import { askedOfCdn, cdnHit, get, isHtml, must, nonceOf, proof, type Answer } from "./http";

const csp = (a: Answer) => String(a.headers["content-security-policy"] ?? "");

/** The chrome every page must keep: the quick exit, the privacy notice, 911 and the hotline as tel: links. */
function keepsTheChrome(a: Answer): string | undefined {
  const missing = [
    [`href="${QUICK_EXIT_URL}"`, "quick exit"],
    ['class="privacy-notice', "privacy notice"],
    [`href="tel:${NATIONAL_HOTLINE.dial}"`, "hotline tel: link"],
    ['href="tel:911"', "911 tel: link"],
  ].filter(([marker]) => !a.text.includes(marker));
  return missing.length ? missing.map(([, what]) => what).join(", ") : undefined;
}

const UNAVAILABLE = [
  ["/search?q=housing", en],
  ["/fr/search?q=logement", fr],
  ["/hotlines?region=toronto", en],
  ["/fr/services?audience=survivors&_rsc=x1", fr],
  ["/sheet?e=hotlines/femaide", en],
  ["/fr/sheet?e=hotlines/femaide", fr],
] as const;

export async function outageProofs(cdn: string, mirror: Mirror, live: Map<string, string>): Promise<void> {
  await proof("with every instance down, every page of the mirror answers 200 with the quick exit, the privacy notice, the hotline and its CSP", async () => {
    let fromMirror = 0;
    for (const page of mirror.pages.filter((p) => p.kind === "page")) {
      const a = await get(cdn + page.address);
      const gap = keepsTheChrome(a);
      must(a.status === 200 && isHtml(a) && !gap, `${page.address}: ${a.status}${gap ? `, lacks ${gap}` : ""}`);
      must(csp(a) === live.get(page.address), `${page.address}: CSP differs from the live site's`);
      // Addresses asked while the site was up may still be in the CDN's cache; the rest must come from the mirror.
      must(a.headers["x-served-from"] === "mirror" || (askedOfCdn.has(page.address) && cdnHit(a)), `${page.address}: neither from the mirror nor from the cache`);
      if (a.headers["x-served-from"] === "mirror") fromMirror++;
    }
    for (const file of mirror.dataFiles) {
      const a = await get(cdn + file);
      must(a.status === 200 && csp(a).startsWith("default-src 'none'"), `${file}: ${a.status}`);
    }
    return `${live.size} pages (${fromMirror} from the mirror, the rest still cached), ${mirror.dataFiles.length} data files`;
  });

  await proof("search, filtered listings and the sheet answer the outage page with 503, in their language", async () => {
    for (const [address, t] of UNAVAILABLE) {
      const a = await get(cdn + address);
      const gap = keepsTheChrome(a);
      must(a.status === 503 && isHtml(a) && a.text.includes(`<h1>${t.unavailable.title}</h1>`) && !gap, `${address}: ${a.status}${gap ? `, lacks ${gap}` : ""}`);
      must(csp(a).includes("'sha256-") && !/Guru Meditation|nginx/i.test(a.text), `${address}: an error page, or no CSP`);
      must(a.headers["cache-control"]?.includes("no-store") && !a.headers["cdn-cache-control"], `${address}: cacheable`);
    }
    return `${UNAVAILABLE.length} addresses, English and French`;
  });

  await proof("with every instance down, an unknown address answers its language's 404 page with 404", async () => {
    for (const [address, t] of [["/no-such-page", en], ["/fr/pas-de-page", fr]] as const) {
      const a = await get(cdn + address);
      must(a.status === 404 && a.text.includes(t.notFound.title) && !keepsTheChrome(a), `${address}: ${a.status}`);
    }
  });
}

/** After one instance is back: search is live again (rendered, with a nonce), not the outage page. */
export async function recoveryProof(cdn: string): Promise<void> {
  await proof("bringing one instance back restores live search", async () => {
    const started = Date.now();
    let a = await get(cdn + "/search?q=housing");
    while (a.status !== 200 && Date.now() - started < 15_000) {
      await new Promise((r) => setTimeout(r, 250));
      a = await get(cdn + "/search?q=housing");
    }
    must(a.status === 200 && nonceOf(a) && !a.headers["x-served-from"], `search: ${a.status}, ${a.headers["x-served-from"] ?? "live"}`);
    return `live after ${Date.now() - started} ms`;
  });
}
