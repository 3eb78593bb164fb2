// `npm run csp:manifest` (run by `npm run build` after `next build`): hashes the inline
// scripts and styles of every prerendered page into <distDir>/csp-manifest.json, which
// proxy.ts turns into each static page's script-src. Exits 1 if any page cannot be hashed.
import path from "node:path";
import { writeCspManifest } from "../lib/security/csp-manifest";

const distPath = path.resolve(process.env.NEXT_DIST_DIR || ".next");
try {
  const manifest = writeCspManifest(distPath);
  const pages = Object.keys(manifest.pages).length;
  console.log(`CSP manifest: ${pages} prerendered pages hashed, ${manifest.shared.scripts.length} inline scripts shared by all (build ${manifest.buildId})`);
} catch (e) {
  console.error(`CSP manifest not written: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
