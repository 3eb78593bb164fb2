// HTTP for the deploy test: one request on loopback with chosen headers, its exact bytes
// (no Accept-Encoding unless asked), and a record of every answer, so one proof can look
// at all of them (no Set-Cookie anywhere) and the outage proofs know what the CDN holds.
import crypto from "node:crypto";
import http from "node:http";

export type Answer = { url: string; status: number; headers: http.IncomingHttpHeaders; body: Buffer; text: string };

export const seen: Answer[] = [];
/** Addresses asked of the CDN while the instances were up: it may still hold them. */
export const askedOfCdn = new Set<string>();
let cdnOrigin = "";
export const setCdnOrigin = (origin: string) => (cdnOrigin = origin);

export function get(url: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<Answer> {
  if (cdnOrigin && url.startsWith(cdnOrigin)) askedOfCdn.add(url.slice(cdnOrigin.length));
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { "accept-encoding": "identity", ...headers }, timeout: 30_000, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        const answer = { url, status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString("utf8") };
        seen.push(answer);
        resolve(answer);
      });
    });
    req.once("timeout", () => req.destroy(new Error(`no answer from ${url} within 30 s`)));
    req.once("error", reject);
  });
}

export const sha256 = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex").slice(0, 16);
/** Varnish's X-Varnish holds two ids when the answer came from its cache, one when it went to the origin. */
export const cdnHit = (a: Answer) => String(a.headers["x-varnish"] ?? "").trim().split(/\s+/).length === 2;
export const nonceOf = (a: Answer) => /'nonce-([^']+)'/.exec(String(a.headers["content-security-policy"] ?? ""))?.[1];
export const isHtml = (a: Answer) => String(a.headers["content-type"] ?? "").startsWith("text/html");

export function must(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

type Result = { name: string; ok: boolean; detail: string };
export const results: Result[] = [];

/** One proof: passes unless it throws; its detail line says what was measured. */
export async function proof(name: string, run: () => Promise<string | void>): Promise<void> {
  try {
    const detail = (await run()) ?? "";
    results.push({ name, ok: true, detail });
    console.log(`  ok    ${name}${detail ? `: ${detail}` : ""}`);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    results.push({ name, ok: false, detail });
    console.log(`  FAIL  ${name}: ${detail}`);
  }
}
