// The coded error of reading a workbook file: the CLI turns the code into a Russian sentence.
export class WorkbookError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "NOT_A_WORKBOOK",
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${path}`, options);
  }
}
