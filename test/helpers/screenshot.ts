// Where a browser test keeps its picture: docs/ for the README when asked (UPDATE_SCREENSHOTS=1), else a temporary
// file, so a test run never changes the working tree.
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DOCS = resolve(dirname(fileURLToPath(import.meta.url)), "../../docs");

export const screenshotPath = (name: string): string =>
  process.env.UPDATE_SCREENSHOTS ? join(DOCS, name) : join(tmpdir(), `marshrut-${process.pid}-${name}`);
