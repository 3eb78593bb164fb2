// The baseline every figure of the audit is compared with: a bare Next 16 App Router page
// ("Hello" and one link), built and served the same way as the site, and measured in the
// same run, alternating with the site's pages, so a busier minute on this shared machine
// moves both sides alike.
import type { RunningServer } from "./server";
import { buildNext, startNext } from "./next-app";
import { REPO_DIR } from "./results-file";
import { logFile } from "./run-context";
import { makeEmptyNextApp } from "./temp-projects";

const DIST_DIR = ".next-bench";

export type BareNext = { server: RunningServer; stop: () => Promise<void> };

/** Builds the bare page in a temporary project and serves it; stop() also removes the project. */
export async function startBareNext(): Promise<BareNext> {
  const project = makeEmptyNextApp(REPO_DIR);
  try {
    await buildNext({ name: "bare Next page", projectDir: project.dir, distDir: DIST_DIR, logFile: logFile("build-empty-next") });
    const server = await startNext({ name: "bare Next page", projectDir: project.dir, distDir: DIST_DIR, logFile: logFile("serve-empty-next") });
    return {
      server,
      stop: async () => {
        await server.stop();
        project.remove();
      },
    };
  } catch (e) {
    project.remove();
    throw e;
  }
}
