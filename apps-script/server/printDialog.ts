// «Печать ИОМ»: one person's ИОМ as the printable A4 document, in a dialog with a print button.
import { senderOf } from "../../shared/letters/letter.ts";
import { iomHtml } from "../../shared/letters/iomHtml.ts";
import { routeDocuments } from "../../shared/letters/routeDocument.ts";
import { AddonError } from "./errors.ts";
import { addonUserEmail } from "./mail.ts";
import { loadBook } from "./workbook.ts";

/** The button bar the dialog adds above the document; hidden on paper. The document itself has no scripts. */
const TOOLBAR =
  '<style>@media print{.marshrut-toolbar{display:none}}</style><div class="marshrut-toolbar" style="margin:0 0 12px;font:14px Arial,sans-serif">' +
  '<button onclick="window.print()" style="padding:6px 16px;font-size:14px">Печать или сохранить в PDF</button>' +
  '<span style="margin-left:12px;color:#5f6368">В окне печати выберите А4 (или «Сохранить как PDF», если нужен файл). ' +
  "Номера страниц документ ставит сам; если браузер добавит свои колонтитулы с адресом и датой, отключите их в дополнительных настройках окна печати.</span></div>";

/** The printable ИОМ of `email`'s latest route, shown in a modal dialog (a person's run: the Ui is there). */
export function showRoutePrint(email: unknown): true {
  const wanted = typeof email === "string" ? email.trim().toLowerCase() : "";
  const book = loadBook();
  const doc = routeDocuments(book).find((d) => d.email === wanted);
  if (!doc) throw new AddonError("NO_ROUTE");
  const html = iomHtml(doc, senderOf(book.settings, addonUserEmail()), "print").replace(
    /<body([^>]*)>/u,
    (body) => `${body}${TOOLBAR}`,
  );
  const output = HtmlService.createHtmlOutput(html).setWidth(900).setHeight(700);
  SpreadsheetApp.getUi().showModalDialog(output, `ИОМ — ${doc.fio || doc.email}`);
  return true;
}
