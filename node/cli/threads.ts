// Worker threads of the command line: whether there are any, and where their entries are.
import { availableParallelism } from "node:os";
import { isMainThread } from "node:worker_threads";

/**
 * Only the bundle has the workers' entries (dist/cli-worker.js, dist/cli-reader.js, see build.ts), next to the
 * chunk this module is bundled into (it is always imported lazily, so it is never in dist/cli.js itself). Run from
 * the TypeScript sources (tests, tsx) there are none, and the work stays in this thread.
 */
const BUNDLED = /\/dist\/cli-chunks\/[^/]+\.js$/u.test(import.meta.url);

/** The worker entry `name` of the bundle, or undefined when there is none (see BUNDLED). */
export const workerEntry = (name: "cli-worker" | "cli-reader"): URL | undefined =>
  BUNDLED ? new URL(`../${name}.js`, import.meta.url) : undefined;

/**
 * How many threads the command may keep busy: one per core, MARSHRUT_THREADS=1 keeps everything in this thread
 * (as a one-core machine does). A worker thread starts none of its own.
 */
export function threadsAllowed(env: NodeJS.ProcessEnv = process.env): number {
  if (!isMainThread) return 1;
  const wanted = Number(env.MARSHRUT_THREADS ?? availableParallelism());
  return Number.isInteger(wanted) && wanted > 1 ? wanted : 1;
}
