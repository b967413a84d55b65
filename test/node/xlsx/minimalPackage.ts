// Hand-written .xlsx packages for reader tests: the XML a writer might produce, zipped with SheetJS's CFB.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { tempDir } from "../../helpers/cli.ts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface PackageSheet {
  readonly name: string;
  /** The worksheet part's whole XML, or only what goes inside <sheetData> (then wrapped). */
  readonly xml: string;
}

export interface PackageParts {
  readonly sheets: readonly PackageSheet[];
  readonly sharedStrings?: readonly string[];
  /** Number format ids of the cell styles (cellXfs), custom formats given as [id, code]. */
  readonly styles?: { readonly xfs: readonly number[]; readonly formats?: readonly [number, string][] };
  readonly date1904?: boolean;
}

const escape = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/"/gu, "&quot;");

const worksheet = (xml: string) =>
  xml.includes("<worksheet") || xml.includes(":worksheet")
    ? xml
    : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${xml}</sheetData></worksheet>`;

export function packageFiles(parts: PackageParts): Record<string, string> {
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${parts.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}${parts.sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}${parts.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : ""}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${parts.sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}${parts.sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}${parts.styles ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` : ""}</Relationships>`,
  };
  parts.sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = worksheet(sheet.xml)));
  if (parts.sharedStrings)
    files["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${parts.sharedStrings.map((si) => `<si>${si}</si>`).join("")}</sst>`;
  if (parts.styles) {
    const formats = parts.styles.formats ?? [];
    files["xl/styles.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="${formats.length}">${formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`).join("")}</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="${parts.styles.xfs.length}">${parts.styles.xfs.map((id) => `<xf numFmtId="${id}" xfId="0"/>`).join("")}</cellXfs></styleSheet>`;
  }
  return files;
}

/** Writes the package to a temporary .xlsx and returns its path. */
export async function writePackage(parts: PackageParts | Record<string, string>): Promise<string> {
  const files = "sheets" in parts ? packageFiles(parts as PackageParts) : (parts as Record<string, string>);
  const zip = XLSX.CFB.utils.cfb_new();
  for (const [name, text] of Object.entries(files))
    XLSX.CFB.utils.cfb_add(zip, `/${name}`, Buffer.from(text));
  const path = join(await tempDir(), "package.xlsx");
  await writeFile(
    path,
    XLSX.CFB.write(zip, { type: "buffer", fileType: "zip", compression: true }) as Buffer,
  );
  return path;
}
