// The consolidated workbooks on the server's own disk (MARSHRUT_DATA_DIR), where Cloud Functions use Cloud Storage.
import { access, mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { ReportStorage } from "../../functions/src/storage.ts";

/** Thrown for a path that would leave the data folder (never built by the server; refused all the same). */
class StoragePathError extends Error {
  readonly code = "OUTSIDE_DATA_DIR";
}

export function fileStorage(dataDir: string): ReportStorage {
  const root = resolve(dataDir);
  const fileOf = (path: string) => {
    const file = resolve(root, path);
    const inside = relative(root, file);
    if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside))
      throw new StoragePathError(`OUTSIDE_DATA_DIR: ${path}`);
    return file;
  };
  return {
    place: "на сервере региона (папка MARSHRUT_DATA_DIR)",
    /** Written next to its place and renamed, so a reader never sees half a workbook. */
    async save(path, bytes) {
      const file = fileOf(path);
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, file);
    },
    exists: (path) =>
      access(fileOf(path)).then(
        () => true,
        () => false,
      ),
  };
}
