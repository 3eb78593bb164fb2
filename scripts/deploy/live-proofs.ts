// What the stack must prove while the instances are up (issue 18, "The test then proves
// each of these"). Each proof fails on the regression it names.
import fs from "node:fs";
import path from "node:path";
import { cdnHit, get, isHtml, must, nonceOf, proof, sha256, type Answer } from "./http";
import type { Mirror } from "../lib/mirror";

export type Live = { cdn: string; instances: () => string[]; mirror: Mirror; deploymentId: string };

const csp = (a: Answer) => String(a.headers["content-security-policy"] ?? "");
const noStore = (a: Answer) => String(a.headers["cache-control"] ?? "").includes("no-store");
const PER_REQUEST = ["/search?q=housing", "/fr/search?q=logement", "/hotlines?region=toronto", "/fr/services?audience=survivors", "/sheet?e=hotlines/femaide&e=services/voice-found"];
const PREFETCH_HEADERS: Record<string, string>[] = [{ "next-router-prefetch": "1" }, { purpose: "prefetch" }, { "sec-purpose": "prefetch" }];

export async function liveProofs(live: Live): Promise<void> {
  const { cdn, mirror } = live;
  await proof("every instance serves identical bytes and CSP for a prerendered page, the mirror's own", async () => {
    for (const address of ["/", "/hotlines", "/fr/hotlines"]) {
      const answers = await Promise.all(live.instances().map((origin) => get(origin + address)));
      const page = mirror.pages.find((p) => p.address === address)!;
      const file = fs.readFileSync(path.join(mirror.site, page.file));
      for (const a of answers) {
        must(a.status === 200 && isHtml(a), `${a.url}: ${a.status} ${a.headers["content-type"]}`);
        must(a.body.equals(answers[0].body) && csp(a) === csp(answers[0]), `${address}: bytes or CSP differ between instances`);
      }
      must(file.equals(answers[0].body) && page.csp === csp(answers[0]), `${address}: the mirror's file or CSP differs from what the instances serve`);
      must(answers[0].text.includes(`data-dpl-id="${live.deploymentId}"`), `${address}: not stamped with deploymentId ${live.deploymentId}`);
    }
    return `3 pages × ${live.instances().length} instances, sha256 ${sha256(fs.readFileSync(path.join(mirror.site, "hotlines.html")))} for /hotlines, deploymentId ${live.deploymentId}`;
  });

  await proof("a document request after a router RSC request for the same address gets HTML", async () => {
    for (const [address, router] of [["/learn", { rsc: "1" }], ["/fr/regions", { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" }], ["/safety", { rsc: "1", "next-router-prefetch": "1" }]] as const) {
      const rsc = await get(cdn + address, router);
      for (let i = 0; i < 2; i++) {
        const doc = await get(cdn + address);
        must(doc.status === 200 && isHtml(doc) && !doc.headers.location, `${address} after RSC (which got ${rsc.status} ${rsc.headers["content-type"] ?? ""}): ${doc.status} ${doc.headers["content-type"]}`);
        must(i === 0 || cdnHit(doc), `${address}: the second document request was not served from the CDN's cache`);
      }
    }
    // At the instances: no router answer (the redirect to ?_rsc, the payload itself) may carry CDN-Cache-Control.
    for (const [address, router] of [["/hotlines", { rsc: "1" }], ["/fr", { rsc: "1", "next-router-prefetch": "1" }]] as const) {
      const redirect = await get(live.instances()[0] + address, router);
      const payload = redirect.headers.location ? await get(new URL(redirect.headers.location, live.instances()[0]).href, router) : redirect;
      for (const a of [redirect, payload]) must(!a.headers["cdn-cache-control"], `${a.url} (RSC): ${a.status} with CDN-Cache-Control`);
      must(payload.status === 200 && String(payload.headers["content-type"]).startsWith("text/x-component"), `${address}: the RSC payload answered ${payload.status}`);
    }
    return "3 addresses, RSC first; then HTML from the instances and from the CDN's cache; no router answer carries CDN-Cache-Control";
  });

  await proof("a document request with Next-Router-Prefetch, Purpose or Sec-Purpose: prefetch gets HTML with the CSP", async () => {
    let n = 0;
    for (const origin of [live.instances()[0], cdn]) {
      for (const headers of PREFETCH_HEADERS) {
        for (const address of ["/fr", "/hotlines", "/"]) {
          const a = await get(origin + address, headers);
          n++;
          must(a.status === 200 && isHtml(a) && csp(a).includes("script-src"), `${origin}${address} with ${Object.keys(headers)[0]}: ${a.status}, CSP "${csp(a).slice(0, 40)}"`);
        }
      }
    }
    return `${n} requests, to an instance and through the CDN`;
  });

  await proof("the CDN keeps a prerendered page (CDN-Cache-Control), and its HTML stays no-store for the browser", async () => {
    for (const address of ["/hotlines", "/fr"]) {
      await get(cdn + address);
      const hit = await get(cdn + address);
      must(cdnHit(hit) && Number(hit.headers.age ?? -1) >= 0, `${address}: not a hit (X-Varnish ${hit.headers["x-varnish"]})`);
      must(hit.headers["cdn-cache-control"] === "public, max-age=300", `${address}: CDN-Cache-Control ${hit.headers["cdn-cache-control"]}`);
      must(noStore(hit) && csp(hit).includes("'sha256-"), `${address} from the cache: Cache-Control "${hit.headers["cache-control"]}", CSP "${csp(hit).slice(0, 40)}"`);
    }
    return "/hotlines and /fr: hits, Cache-Control no-store, their CSP";
  });

  await proof("search, filtered listings and the sheet are never cached: no CDN-Cache-Control, the CDN passes them", async () => {
    for (const address of PER_REQUEST) {
      const [a, b] = [await get(cdn + address), await get(cdn + address)];
      for (const x of [a, b]) {
        must(x.status === 200 && !x.headers["cdn-cache-control"] && noStore(x), `${address}: ${x.status}, CDN-Cache-Control ${x.headers["cdn-cache-control"]}`);
        must(!cdnHit(x), `${address}: served from the CDN's cache`);
      }
      must(nonceOf(a) && nonceOf(b) && nonceOf(a) !== nonceOf(b), `${address}: the same nonce twice, so one answer was stored`);
    }
    return `${PER_REQUEST.length} addresses, twice each: two renders, two nonces`;
  });

  await proof("a 404 is never cached", async () => {
    for (const address of ["/no-such-page", "/fr/pas-de-page", "/unavailable", "/fr/unavailable", "/hotlines/no-such-entry"]) {
      for (let i = 0; i < 2; i++) {
        const a = await get(cdn + address);
        must(a.status === 404 && isHtml(a) && !a.headers["cdn-cache-control"] && !cdnHit(a), `${address}: ${a.status}, CDN-Cache-Control ${a.headers["cdn-cache-control"]}, X-Varnish ${a.headers["x-varnish"]}`);
      }
    }
    return "5 addresses (the outage page among them: never an address of the live site), twice each";
  });
}

/** The CSP the live site sends for every page of the mirror, read from one instance. */
export async function liveCsps(origin: string, mirror: Mirror): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const page of mirror.pages.filter((p) => p.kind === "page")) out.set(page.address, csp(await get(origin + page.address)));
  return out;
}
