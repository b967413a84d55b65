// «О программе» and «Нужно заново разрешить доступ»: the menu's two dialogs of their own.
import { URL_PREFIXES } from "./allowlist.ts";
import { REAUTHORIZE_TEXT } from "./accessTexts.ts";
import { resumeKeptWorkIfAuthorized } from "./keptWork.ts";
import { PRODUCT_NAME } from "./version.ts";

const alert = (text: string) => {
  const ui = SpreadsheetApp.getUi();
  ui.alert(PRODUCT_NAME, text, ui.ButtonSet.OK);
};

/** The release, what it does with the data, and which region it was built for. */
export function showAbout(): void {
  alert(
    [
      "Реестр индивидуальных образовательных маршрутов (ИОМ) педагогов: проверка реестра, ИОМ, показатели, отчёт в регион и письма педагогам.",
      "Данные педагогов остаются в этой таблице: в регион уходят только сводные числа.",
      URL_PREFIXES.length > 0
        ? `Сборка для сервера региона ${URL_PREFIXES.join(", ")}.`
        : "Сборка без адреса сервера региона: адрес задаётся в настройках.",
      "Новая версия ставится поверх этой (настройки, листы и отложенная работа сохраняются); что в ней изменилось и нужно ли заново разрешать доступ, сказано в списке изменений версии.",
    ].join("\n\n"),
  );
}

/**
 * The menu item shown while a trigger found authorization missing. Choosing it, the person passes Google's consent
 * screen first (the platform asks before running anything that needs new permission); then what was kept goes out.
 */
export function menuAuthorize(): void {
  if (!resumeKeptWorkIfAuthorized()) {
    alert(REAUTHORIZE_TEXT);
    return;
  }
  alert(
    "Доступ разрешён. Отложенные письма педагогам и отчёты в регион отправлены (то, что не уместилось в дневной лимит писем Google, уйдёт позже); подробности — на листе «Журнал».",
  );
}
