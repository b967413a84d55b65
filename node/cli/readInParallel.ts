// Municipal workbooks read on worker threads, as many at a time as the machine has cores (consolidate of a region).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { WorkbookError } from "../xlsx/workbookError.ts";
import { UsageError } from "./errors.ts";
import { readMunicipality, type Municipality } from "./municipality.ts";

/** The worker's entry, built next to the bundle (dist/cli-worker.js, see build.ts) from consolidateWorker.ts. */
const WORKER = new URL("../cli-worker.js", import.meta.url);
/** Only the bundle has it: run from the TypeScript sources (tests, tsx), the workbooks are read in this thread. */
const BUNDLED = /\/dist\/cli-chunks\/[^/]+\.js$/u.test(import.meta.url);

export interface Task {
  readonly index: number;
  readonly file: string;
  readonly month: string;
}

/** An error as it crosses threads (a structured clone keeps no class): enough to rebuild it on the other side. */
export type SentError =
  | { readonly kind: "workbook"; readonly code: WorkbookError["code"]; readonly path: string }
  | { readonly kind: "usage"; readonly message: string }
  | { readonly kind: "system"; readonly message: string; readonly code?: string; readonly path?: string };

export type Answer =
  | { readonly index: number; readonly municipality: Municipality }
  | { readonly index: number; readonly error: SentError };

export function sentError(error: unknown): SentError {
  if (error instanceof WorkbookError) return { kind: "workbook", code: error.code, path: error.path };
  if (error instanceof UsageError) return { kind: "usage", message: error.message };
  const { code, path } = error as NodeJS.ErrnoException;
  return { kind: "system", message: error instanceof Error ? error.message : String(error), code, path };
}

function receivedError(sent: SentError): Error {
  if (sent.kind === "workbook") return new WorkbookError(sent.code, sent.path);
  if (sent.kind === "usage") return new UsageError(sent.message);
  return Object.assign(new Error(sent.message), { code: sent.code, path: sent.path });
}

/** Worker threads for `files` workbooks: one per core (MARSHRUT_THREADS overrides), none for a single workbook. */
function threadsFor(files: number): number {
  const cores = Number(process.env.MARSHRUT_THREADS ?? availableParallelism());
  return BUNDLED && files > 1 && cores > 1 ? Math.min(cores, files) : 0;
}

/** Each workbook's municipality or the reason it was not read, in the order of `files`. */
export async function readMunicipalities(
  files: readonly string[],
  month: string,
): Promise<PromiseSettledResult<Municipality>[]> {
  const threads = threadsFor(files.length);
  if (threads === 0) {
    const results: PromiseSettledResult<Municipality>[] = [];
    for (const file of files)
      results.push(
        await readMunicipality(file, month).then(
          (value) => ({ status: "fulfilled", value }) as const,
          (reason: unknown) => ({ status: "rejected", reason }) as const,
        ),
      );
    return results;
  }
  return new Promise((resolve, reject) => {
    const results = new Array<PromiseSettledResult<Municipality>>(files.length);
    const workers = Array.from({ length: threads }, () => new Worker(WORKER));
    let next = 0;
    let done = 0;
    const stop = () => workers.forEach((worker) => void worker.terminate());
    const give = (worker: Worker) => {
      if (next < files.length)
        worker.postMessage({ index: next, file: files[next++]!, month } satisfies Task);
    };
    for (const worker of workers) {
      worker.on("message", (answer: Answer) => {
        results[answer.index] =
          "error" in answer
            ? { status: "rejected", reason: receivedError(answer.error) }
            : { status: "fulfilled", value: answer.municipality };
        if (++done === files.length) {
          stop();
          resolve(results);
        } else give(worker);
      });
      worker.on("error", (error) => {
        stop();
        reject(error);
      });
      give(worker);
    }
  });
}
