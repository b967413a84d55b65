// `iom --print DIR` and the demo: one printable ИОМ per person, written as DIR/<ОО>/<ФИО>.html.
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { iomHtml } from "../../shared/letters/iomHtml.ts";
import type { Sender } from "../../shared/letters/letter.ts";
import type { RouteDocument } from "../../shared/letters/routeDocument.ts";
import { printPaths } from "./fileNames.ts";

/** A folder the printed routes cannot go to; the CLI turns it into one Russian line. */
export class PrintFolderError extends Error {
  constructor(
    readonly code: "NOT_A_FOLDER" | "NOT_WRITABLE",
    readonly path: string,
    options?: { cause: unknown },
  ) {
    super(`${code}: ${path}`, options);
  }
}

/**
 * Writes each document's print variant under `dir` (created if missing) and returns the paths written, relative
 * to `dir`. The same documents always go to the same files: a second run overwrites, never duplicates.
 */
export async function printRoutes(
  dir: string,
  documents: readonly RouteDocument[],
  sender: Sender,
): Promise<string[]> {
  const existing = await stat(dir).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new PrintFolderError("NOT_A_FOLDER", dir);
  const paths = printPaths(documents);
  try {
    for (const [index, document] of documents.entries()) {
      const file = join(dir, paths[index]!);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, iomHtml(document, sender, "print"));
    }
  } catch (error) {
    throw new PrintFolderError("NOT_WRITABLE", dir, { cause: error });
  }
  return paths;
}
