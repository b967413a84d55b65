// A new exceljs workbook that writes what a spreadsheet needs to print our sheets as laid out: Arial 10 as the
// default font, and several print areas of a sheet as one defined name.
import ExcelJS from "exceljs";
import { SHEET_FONT } from "../shared/tables/textMetrics.ts";

/**
 * The default font (font 0 of styles.xml, the «Normal» style): the cells without a font of their own use it, and
 * column widths are counted in its digit width. exceljs always writes Calibri 11 there; where Calibri is not
 * installed (LibreOffice on Linux) it falls back to a wider font, so every column came out a third wider.
 */
const DEFAULT_FONT_XML = `<font><sz val="${SHEET_FONT.size}"/><name val="${SHEET_FONT.name}"/><family val="2"/></font>`;

interface DefinedName {
  name: string;
  localSheetId?: number;
  ranges: string[];
}

/** The parts of exceljs's write model this module adjusts (exceljs/lib/xlsx/xlsx.js, prepareModel). */
interface WriteModel {
  styles?: { model?: { fonts?: string[] } };
  definedNames?: DefinedName[];
}

/**
 * exceljs writes each of a sheet's print areas («A1:K40&&L1:T40») as its own `_xlnm.Print_Area`; a sheet has one
 * such name listing its areas, which is what Excel and LibreOffice read (each area prints on its own pages).
 */
function mergePrintAreas(names: DefinedName[]): DefinedName[] {
  const merged: DefinedName[] = [];
  for (const written of names) {
    // exceljs writes «$A1:$K40»; LibreOffice reads a list of areas only in the absolute form «$A$1:$K$40».
    const name =
      written.name === "_xlnm.Print_Area"
        ? {
            ...written,
            ranges: written.ranges.map((range) => range.replace(/\$([A-Z]+)(\d+)/gu, "$$$1$$$2")),
          }
        : written;
    const same = merged.find(
      (m) => m.name === "_xlnm.Print_Area" && m.name === name.name && m.localSheetId === name.localSheetId,
    );
    if (same) same.ranges.push(...name.ranges);
    else merged.push({ ...name, ranges: [...name.ranges] });
  }
  return merged;
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Маршрут";
  const xlsx = workbook.xlsx as unknown as { prepareModel(model: WriteModel, options: unknown): void };
  const prepare = xlsx.prepareModel.bind(xlsx);
  xlsx.prepareModel = (model, options) => {
    prepare(model, options);
    const fonts = model.styles?.model?.fonts;
    // Font 0 is added with the first styled cell; a workbook without one gets it at rendering, unless it is here.
    if (fonts) fonts.splice(0, fonts.length === 0 ? 0 : 1, DEFAULT_FONT_XML);
    if (model.definedNames) model.definedNames = mergePrintAreas(model.definedNames);
  };
  return workbook;
}
