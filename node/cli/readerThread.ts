// The reader thread of a single workbook (built as dist/cli-reader.js, see sheetFeed.ts): reads the workbook given in
// workerData and hands each sheet to the main thread as soon as it is read.
import { parentPort, workerData } from "node:worker_threads";
import { readXlsxSheets } from "../xlsx/xlsxReader.ts";
import type { FeedMessage, ReaderTask } from "./sheetFeed.ts";

const started = performance.now();
const { path, first } = workerData as ReaderTask;
const say = (message: FeedMessage) => parentPort!.postMessage(message);

try {
  await readXlsxSheets(
    path,
    {
      names: (names) => say({ kind: "names", names }),
      sheet: (position, sheet) => say({ kind: "sheet", position, sheet }),
    },
    first,
  );
  say({ kind: "done", ms: Math.round(performance.now() - started) });
} catch (error) {
  // An unusual package (or no workbook at all): the main thread reads it with its general reader and says why not.
  say({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
}
