// Coded CLI errors and the one place that turns them into Russian lines on stderr (exit code 2).
import type { Finding } from "../../shared/validation/finding.ts";
import { PrintFolderError } from "../print/printRoutes.ts";
import { WorkbookError } from "../xlsx/readWorkbook.ts";

export class UsageError extends Error {}

/** The workbook lacks sheets every figure needs; `findings` are the missing-sheet findings `validate` reports. */
export class MissingSheetsError extends Error {
  constructor(
    readonly file: string,
    readonly findings: readonly Finding[],
  ) {
    super(`MISSING_SHEETS: ${file}`);
  }
}

/** What the file system refused, as people say it (codes: https://nodejs.org/api/errors.html#common-system-errors). */
const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  EACCES: "нет прав на это",
  EPERM: "нет прав на это",
  EROFS: "диск доступен только для чтения",
  ENOSPC: "на диске нет места",
  ENOENT: "нет такой папки или файла",
  ENOTDIR: "в пути файл вместо папки",
  EISDIR: "это папка, а не файл",
  EBUSY: "файл занят другой программой (закройте его в Excel или LibreOffice)",
};

const fileProblem = (error: unknown) => {
  const { code, path } = error as NodeJS.ErrnoException;
  return typeof path === "string" && code && FILE_PROBLEMS[code]
    ? { path, problem: FILE_PROBLEMS[code] }
    : undefined;
};

export function describeError(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof WorkbookError)
    return error.code === "NOT_FOUND"
      ? `Файл «${error.path}» не найден. Проверьте путь к файлу.`
      : `Файл «${error.path}» не является книгой Excel (.xlsx). Скачайте таблицу как .xlsx (Файл → Скачать → Microsoft Excel) и повторите.`;
  if (error instanceof MissingSheetsError)
    return [
      `Показатели по книге «${error.file}» не рассчитаны: в ней нет обязательных листов реестра ИОМ.`,
      ...error.findings.map((finding) => finding.message),
    ].join("\n");
  if (error instanceof PrintFolderError)
    return error.code === "NOT_A_FOLDER"
      ? `«${error.path}» — файл, а не папка. Укажите в --print папку для печатных ИОМ.`
      : `В папку «${error.path}» не удалось записать печатные ИОМ. Проверьте права на папку или укажите другую.`;
  const file = fileProblem(error);
  if (file)
    return `Не удалось записать или прочитать «${file.path}»: ${file.problem}. Проверьте путь или укажите другой.`;
  return `Непредвиденная ошибка: ${error instanceof Error ? error.message : String(error)}. Сообщите разработчикам.`;
}
