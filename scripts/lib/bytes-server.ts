// Starts the ceiling server (bytes-server-child.ts) in a process of its own. In this
// process it would share one event loop with autocannon and measure the load generator
// as much as the server; as its own process it gets a core, as next start does.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Snapshot } from "./bytes-server-child";
import type { RawResponse } from "./fetch-raw";
import { freePort } from "./ports";
import { onCleanup } from "./processes";
import { REPO_DIR } from "./results-file";
import { startServer, type RunningServer } from "./server";

/** `pages` maps a path with its query (`/search?q=housing`) to the response to replay. */
export async function startBytesServer(pages: Map<string, RawResponse>, logFile: string): Promise<RunningServer> {
  const snapshot: Snapshot = {};
  for (const [url, r] of pages) {
    if (r.headers["content-encoding"]) throw new Error(`${url} came back ${r.headers["content-encoding"]}-encoded; the snapshot must be the uncompressed bytes`);
    snapshot[url] = { status: r.status, contentType: String(r.headers["content-type"] ?? "text/html"), bodyBase64: r.body.toString("base64") };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bytes-server-"));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  const unregister = onCleanup(`temp dir ${dir}`, async () => removeDir(), removeDir);
  const file = path.join(dir, "snapshot.json");
  fs.writeFileSync(file, JSON.stringify(snapshot));
  const port = await freePort();
  try {
    const server = await startServer({
      name: "bytes server",
      command: process.execPath,
      args: ["--import", "tsx", path.join(__dirname, "bytes-server-child.ts"), file, String(port)],
      cwd: REPO_DIR,
      port,
      logFile,
      probePath: [...pages.keys()][0],
    });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        unregister();
        removeDir();
      },
    };
  } catch (e) {
    unregister();
    removeDir();
    throw e;
  }
}
