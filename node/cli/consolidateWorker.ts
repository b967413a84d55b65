// A worker thread of `marshrut consolidate` (built as dist/cli-worker.js): reads the municipal workbooks it is sent,
// one at a time, and answers with each one's report, or its error coded so that the main thread can say it in Russian.
import { parentPort } from "node:worker_threads";
import { readMunicipality } from "./municipality.ts";
import { sentError, type Answer, type Task } from "./readInParallel.ts";

parentPort!.on("message", async ({ index, file, month }: Task) => {
  let answer: Answer;
  try {
    answer = { index, municipality: await readMunicipality(file, month) };
  } catch (error) {
    answer = { index, error: sentError(error) };
  }
  parentPort!.postMessage(answer);
});
