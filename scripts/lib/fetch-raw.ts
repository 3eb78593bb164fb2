// One GET with node:http, uncompressed (Accept-Encoding: identity), keeping the exact
// body bytes and headers. fetch() would ask for gzip and decode it behind our back.
import http from "node:http";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export function fetchRaw(url: string, timeoutMs = 30_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { "accept-encoding": "identity" }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.once("timeout", () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)));
    req.once("error", reject);
  });
}
