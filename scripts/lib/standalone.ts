// The standalone server folder (`output: "standalone"`), completed and checked. Next
// traces the code the server imports into <distDir>/standalone but, as its docs say, leaves
// out what a CDN would usually serve (<distDir>/static, public/); it also cannot know what
// this site reads at run time by path: the CSP manifest (written after `next build`) and
// content/ (read from process.cwd() by lib/content, and server.js runs in its own folder);
// and deploy/drain-on-sigterm.cjs, which every instance preloads.
// Everything is copied in, then read back as the server will read it.
import fs from "node:fs";
import path from "node:path";
import { readContent } from "../../lib/content/load";
import { CSP_MANIFEST_FILE, htmlFileOf, readCspManifest, type CspManifest } from "../../lib/security/csp-manifest";

export type Standalone = {
  /** The folder to ship: server.js, node_modules, content/ and <distDir>/ are inside. */
  dir: string;
  /** The build inside it, where the server and proxy.ts read the manifest and the prerendered HTML. */
  distPath: string;
  server: string;
  manifest: CspManifest;
  summary: string;
};

const copy = (from: string, to: string) => {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
};

const countFiles = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1), 0);

/** Preloaded by every instance: `node --require ./drain-on-sigterm.cjs server.js` in the standalone folder. */
export const DRAIN_FILE = "drain-on-sigterm.cjs";

/** Where Next wrote a prerendered route handler's body (the open data, the icon). */
export const bodyFileOf = (distPath: string, route: string) => path.join(distPath, "server", "app", `${route}.body`);

/** Completes <distDir>/standalone from the build in projectDir/distDir and checks it; throws on anything missing. */
export function prepareStandalone(projectDir: string, distDir: string): Standalone {
  const build = path.join(projectDir, distDir);
  const dir = path.join(build, "standalone");
  const server = path.join(dir, "server.js");
  if (!fs.existsSync(server)) {
    throw new Error(`${server} is missing: build with output: "standalone" (next.config.ts), and keep the project's own folder as the tracing root`);
  }
  const distPath = path.join(dir, distDir);
  copy(path.join(build, "static"), path.join(distPath, "static"));
  fs.copyFileSync(path.join(build, CSP_MANIFEST_FILE), path.join(distPath, CSP_MANIFEST_FILE));
  copy(path.join(projectDir, "content"), path.join(dir, "content"));
  if (fs.existsSync(path.join(projectDir, "public"))) copy(path.join(projectDir, "public"), path.join(dir, "public"));
  // Closes kept-alive connections once SIGTERM has come, so a server under load can drain (the file says why).
  fs.copyFileSync(path.join(projectDir, "deploy", DRAIN_FILE), path.join(dir, DRAIN_FILE));

  // Read back as server.js will: its manifest for its own BUILD_ID, every page's HTML and
  // every data file the manifest names, all of content/ without a problem.
  const manifest = readCspManifest(distPath);
  const missing = [
    ...Object.keys(manifest.pages).map((route) => htmlFileOf(distPath, route)),
    ...manifest.files.map((route) => bodyFileOf(distPath, route)),
  ].filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`the standalone folder lacks ${missing.length} prerendered files, e.g. ${missing.slice(0, 3).join(", ")}`);
  const { content, problems } = readContent(path.join(dir, "content"));
  const entries = content.entries;
  if (problems.length || !entries.length) throw new Error(`content/ in ${dir} does not load: ${problems.length} problems, ${entries.length} entries`);
  const statics = countFiles(path.join(distPath, "static"));
  if (statics !== countFiles(path.join(build, "static"))) throw new Error(`${distPath}/static differs from ${build}/static`);

  const summary = `${Object.keys(manifest.pages).length} prerendered pages, ${manifest.files.length} data files, ${statics} static files, ${entries.length} entries in content/, CSP manifest for build ${manifest.buildId}`;
  return { dir, distPath, server, manifest, summary };
}
