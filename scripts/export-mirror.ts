// `npm run export:mirror [-- --out DIR]`: writes the static mirror of the current build
// (scripts/lib/mirror.ts) to DIR (default <distDir>/mirror). Upload DIR/site to any static
// host or object store; DIR/site/_headers holds each file's headers (Netlify and Cloudflare
// Pages read it), DIR/mirror-headers.conf the same for nginx (deploy/nginx/mirror.conf).
import path from "node:path";
import { exportMirror } from "./lib/mirror";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const argv = process.argv.slice(2);
const outAt = argv.indexOf("--out");
const out = path.resolve(outAt >= 0 && argv[outAt + 1] ? argv[outAt + 1] : path.join(distDir, "mirror"));
try {
  const m = exportMirror(path.resolve(distDir), out);
  const count = (kind: string) => m.pages.filter((p) => p.kind === kind).length;
  console.log(`mirror of build ${m.buildId} in ${out}/site: ${count("page")} pages, ${count("404")} 404 pages, ${count("unavailable")} outage pages, ${m.dataFiles.length} data files, and _next/static`);
} catch (e) {
  console.error(`mirror not written: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
