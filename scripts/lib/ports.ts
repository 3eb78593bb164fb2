// Ports 3300-3399 are this benchmark's own range: 3000, 3100 and 3200-3299 belong to
// other work on this machine (the dev server, the e2e tests, parallel e2e runs with their
// own E2E_PORT: one of those took a port between our probe and our listen).
import net from "node:net";

export const PORT_RANGE = { first: 3300, last: 3399 } as const;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    // "localhost" because that is where `next start -H localhost` will listen.
    probe.listen({ port, host: "localhost", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

const handedOut = new Set<number>();

/** The first port of our range that nothing listens on and that we have not handed out yet. */
export async function freePort(): Promise<number> {
  for (let port = PORT_RANGE.first; port <= PORT_RANGE.last; port++) {
    if (handedOut.has(port)) continue;
    if (await isFree(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_RANGE.first}-${PORT_RANGE.last}`);
}
