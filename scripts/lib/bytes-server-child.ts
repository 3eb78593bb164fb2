// The ceiling server (variant c of bench:http): a bare node:http server that answers
// each page's URL with the bytes the real site sent for it, held in memory. No
// rendering, no framework: what this machine can serve at all.
// Run by bytes-server.ts as: node --import tsx bytes-server-child.ts <snapshot.json> <port>
import fs from "node:fs";
import http from "node:http";

export type Snapshot = Record<string, { status: number; contentType: string; bodyBase64: string }>;

const [snapshotFile, port] = process.argv.slice(2);
const snapshot = JSON.parse(fs.readFileSync(snapshotFile, "utf8")) as Snapshot;
const pages = new Map(
  Object.entries(snapshot).map(([url, s]) => [url, { status: s.status, contentType: s.contentType, body: Buffer.from(s.bodyBase64, "base64") }]),
);

http
  .createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not in the snapshot");
      return;
    }
    res.writeHead(page.status, { "content-type": page.contentType, "content-length": page.body.length }).end(page.body);
  })
  .listen(Number(port), "localhost");
