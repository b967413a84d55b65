// The CLI's Russian lines for what the file system refuses: the path named, no English code, no «сообщите разработчикам».
import { describe, expect, it } from "vitest";
import { describeError } from "../../../node/cli/errors.ts";

const systemError = (code: string, path: string) =>
  Object.assign(new Error(`${code}: x, open '${path}'`), { code, path });

describe("describeError", () => {
  it("names the path and says what the file system refused, in Russian", () => {
    expect(describeError(systemError("ENOSPC", "/mnt/флешка/свод.xlsx"))).toBe(
      "Не удалось записать или прочитать «/mnt/флешка/свод.xlsx»: на диске нет места. Проверьте путь или укажите другой.",
    );
    expect(describeError(systemError("EBUSY", "свод.xlsx"))).toContain("закройте его в Excel");
    expect(describeError(systemError("EACCES", "/root/x.xlsx"))).not.toMatch(/EACCES|Непредвиденная/u);
  });

  it("keeps «сообщите разработчикам» for what is truly unexpected", () => {
    expect(describeError(new TypeError("x is undefined"))).toContain("Сообщите разработчикам");
  });
});
