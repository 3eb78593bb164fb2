// Classic WebDriver cannot intercept requests, so MiniBrowser talks to this local server
// instead. The site is served through it (the only way to hold its scripts back), and it is
// the browser's HTTP proxy, so the neutral site's https origin reaches it too: a CONNECT it
// answers itself, over TLS with a throwaway certificate the session is told to accept.
// Anything else is refused and recorded.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import { QUICK_EXIT_URL } from "../../../../lib/site";
import type { Hold } from "../hold";
import { EXIT_STUB_HTML } from "../scenario";

export const OPENSSL = "/usr/bin/openssl";
const EXIT = new URL(QUICK_EXIT_URL);

/** A self-signed certificate for the neutral site's host name, made with openssl. */
function certificateFor(host: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "quick-exit-webkit-"));
  try {
    const [key, cert] = [path.join(dir, "key.pem"), path.join(dir, "cert.pem")];
    execFileSync(OPENSSL, ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
      "-subj", `/CN=${host}`, "-addext", `subjectAltName=DNS:${host}`, "-keyout", key, "-out", cert], { stdio: "ignore" });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Plain requests for the site (to the proxy's own origin or as proxy requests for the
 * site) go on to the server under test, its scripts waiting on `scripts`; the neutral
 * site's page waits on `exit`. Returns the site's address as the browser sees it.
 */
export async function startProxy(baseURL: string, { scripts, exit, offsite }: { scripts: Hold; exit: Hold; offsite: string[] }) {
  const upstream = new URL(baseURL);
  const sockets = new Set<Socket>();
  const stub = https.createServer(certificateFor(EXIT.hostname), async (req, res) => {
    if (req.url !== EXIT.pathname + EXIT.search) return res.writeHead(404).end(); // its favicon
    await exit.wait();
    res.writeHead(200, { "content-type": "text/html" }).end(EXIT_STUB_HTML);
  });
  const server = http.createServer(async (req, res) => {
    const self = `127.0.0.1:${(server.address() as { port: number }).port}`;
    const url = new URL(req.url!, `http://${self}`);
    if (url.host !== self && url.host !== upstream.host) {
      offsite.push(url.href);
      return res.writeHead(403).end();
    }
    const script = /^\/_next\/static\/.*\.js$/.test(url.pathname);
    if (script) await scripts.wait();
    const forwarded = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: url.pathname + url.search, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        // Not kept: every page asks for its scripts again, so every round can hold them back
        // (intercepting requests turns the cache off in the other engines too).
        if (script) answer.headers["cache-control"] = "no-store";
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on("error", () => res.destroy()); // the page may be gone by then
    req.pipe(forwarded);
  });
  server.on("connect", (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    if (req.url !== `${EXIT.hostname}:443`) {
      offsite.push(`CONNECT ${req.url}`);
      return socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
    }
    socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
    if (head.length) socket.unshift(head);
    stub.emit("connection", socket); // TLS is spoken from here on
  });
  server.on("connection", (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    site: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}
