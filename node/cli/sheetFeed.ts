// A workbook's sheets read on a thread of their own and handed over one by one as each is read: the main thread
// checks a sheet while the next one is read, and loads the command's modules while the first one is.
import { statSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { RawSheet } from "../../shared/book.ts";
import { SETTINGS_TITLE } from "../../shared/schema/titles.ts";
import { threadsAllowed, workerEntry } from "./threads.ts";

/** What the reader thread (readerThread.ts) says, in this order: the names, each sheet, then done (or failed). */
export type FeedMessage =
  | { readonly kind: "names"; readonly names: readonly string[] }
  | { readonly kind: "sheet"; readonly position: number; readonly sheet: RawSheet }
  /** ms: the thread's reading, from its module's start to its last sheet. */
  | { readonly kind: "done"; readonly ms: number }
  | { readonly kind: "failed"; readonly message: string };

export interface ReaderTask {
  readonly path: string;
  /** The sheet to read before the others: «Настройки», whose report date every other sheet's check needs. */
  readonly first: string;
}

/**
 * Below this size a workbook is read in this thread: starting a thread (≈ 30 ms) and copying the cells across cost
 * more than the overlap saves (see bench/threads.ts). MARSHRUT_THREAD_BYTES overrides it, for that bench.
 */
export const MIN_THREAD_BYTES = 256 * 1024;

const minThreadBytes = (env: NodeJS.ProcessEnv) => {
  const bytes = Number(env.MARSHRUT_THREAD_BYTES ?? MIN_THREAD_BYTES);
  return Number.isFinite(bytes) && bytes >= 0 ? bytes : MIN_THREAD_BYTES;
};

export class SheetFeed {
  private readonly queue: FeedMessage[] = [];
  private wake: (() => void) | undefined;
  private done = false;

  private constructor(private readonly worker: Worker) {
    const put = (message: FeedMessage) => {
      this.queue.push(message);
      this.wake?.();
    };
    worker.on("message", put);
    // A thread that fails or ends before it said done leaves the workbook to be read in this thread.
    worker.on("error", (error) => put({ kind: "failed", message: error.message }));
    worker.on("exit", (code) => put({ kind: "failed", message: `the reader thread ended (${code})` }));
  }

  /** Starts reading `path` on a thread, or gives undefined when a thread would not pay (see MIN_THREAD_BYTES). */
  static start(path: string): SheetFeed | undefined {
    const entry = workerEntry("cli-reader");
    if (!entry || threadsAllowed() < 2) return undefined;
    const size = statSync(path, { throwIfNoEntry: false });
    if (!size?.isFile() || size.size < minThreadBytes(process.env)) return undefined;
    const task: ReaderTask = { path, first: SETTINGS_TITLE };
    return new SheetFeed(new Worker(entry, { workerData: task }));
  }

  /** The thread's messages as they come, up to and including the first done or failed. */
  async *messages(): AsyncGenerator<FeedMessage> {
    try {
      for (;;) {
        const message = this.queue.shift();
        if (message === undefined) {
          await new Promise<void>((resolve) => (this.wake = resolve));
          this.wake = undefined;
          continue;
        }
        this.done = message.kind === "done";
        yield message;
        if (message.kind === "done" || message.kind === "failed") return;
      }
    } finally {
      // Done, failed or given up by the reader: the thread has nothing more to say, nor the process to wait for.
      this.worker.unref();
      if (!this.done) void this.worker.terminate();
    }
  }
}

const ahead = new Map<string, SheetFeed>();

/**
 * Starts reading `path` on a thread before the command's modules are loaded (they take as long as reading a small
 * register); the command's readBookFile takes the feed up. Nothing happens when a thread would not pay.
 */
export function readAhead(path: string): void {
  const feed = SheetFeed.start(path);
  if (feed) ahead.set(path, feed);
}

/** The feed readAhead started for `path`, else a new one, else undefined (the workbook is read in this thread). */
export function sheetFeed(path: string): SheetFeed | undefined {
  const feed = ahead.get(path);
  ahead.delete(path);
  return feed ?? SheetFeed.start(path);
}
