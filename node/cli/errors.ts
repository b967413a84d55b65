// Coded CLI errors and the one place that turns them into a Russian line on stderr (exit code 2).
import { PrintFolderError } from "../print/printRoutes.ts";
import { WorkbookError } from "../xlsx/readWorkbook.ts";

export class UsageError extends Error {}

export function describeError(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof WorkbookError)
    return error.code === "NOT_FOUND"
      ? `Файл «${error.path}» не найден. Проверьте путь к файлу.`
      : `Файл «${error.path}» не является книгой Excel (.xlsx). Скачайте таблицу как .xlsx (Файл → Скачать → Microsoft Excel) и повторите.`;
  if (error instanceof PrintFolderError)
    return error.code === "NOT_A_FOLDER"
      ? `«${error.path}» — файл, а не папка. Укажите в --print папку для печатных ИОМ.`
      : `В папку «${error.path}» не удалось записать печатные ИОМ. Проверьте права на папку или укажите другую.`;
  return `Непредвиденная ошибка: ${error instanceof Error ? error.message : String(error)}. Сообщите разработчикам.`;
}
