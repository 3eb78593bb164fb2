// `npm run build` runs this after `next build` and the CSP manifest: it completes the
// standalone server folder (scripts/lib/standalone.ts) and checks it, so the folder can be
// copied to any machine, or into the Docker image (deploy/Dockerfile), as it is.
import path from "node:path";
import { prepareStandalone } from "./lib/standalone";

const distDir = process.env.NEXT_DIST_DIR || ".next";
try {
  const s = prepareStandalone(process.cwd(), distDir);
  console.log(`standalone: ${path.relative(process.cwd(), s.dir)}: ${s.summary}`);
  console.log(`  serve it with: PORT=3000 HOSTNAME=localhost${distDir === ".next" ? "" : ` NEXT_DIST_DIR=${distDir}`} node --require ./drain-on-sigterm.cjs server.js (in ${path.relative(process.cwd(), s.dir)})`);
} catch (e) {
  console.error(`standalone folder not ready: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
