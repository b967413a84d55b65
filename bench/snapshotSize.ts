// The snapshot's Firestore documents at full size, by Google's size formula (functions/src/firestoreSize.ts): the
// region of N municipalities with the longest texts the schema allows and with realistic ones.
// npx tsx bench/snapshotSize.ts [N…]   (default: 94 200)
import { documentSize, MAX_DOCUMENT_BYTES } from "../functions/src/firestoreSize.ts";
import { snapshotMail } from "../functions/src/mail.ts";
import { snapshotWorkbook } from "../functions/src/snapshot.ts";
import { COLLECTIONS, snapshotMunicipalityId } from "../functions/src/documents.ts";
import { figuresKey, splitSnapshot } from "../functions/src/snapshotLayout.ts";
import { largeSnapshot, type Texts } from "../test/functions/largeRegion.ts";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

export async function benchSnapshotSize(counts: readonly number[]) {
  const rows = [];
  for (const texts of ["worst", "realistic"] as Texts[])
    for (const count of counts) {
      const snapshot = largeSnapshot(count, texts);
      const { head, figures } = splitSnapshot(snapshot);
      const workbook = await snapshotWorkbook(snapshot);
      const mail = snapshotMail({
        recipients: ["svod@cnppm.example.ru"],
        regionName: snapshot.regionName,
        report: snapshot.report,
        revision: 1,
        workbookPath: snapshot.workbookPath,
        workbook,
      });
      const largestFigures = Math.max(
        ...figures.map((part) =>
          documentSize(
            `${COLLECTIONS.snapshotMunicipalities}/${snapshotMunicipalityId("2026-11", 1, part.code, figuresKey(head))}`,
            part,
          ),
        ),
      );
      rows.push({
        тексты: texts,
        муниципалитетов: count,
        "одним документом (прежде)": kib(documentSize("snapshots/2026-11_r001", snapshot)),
        "snapshots/…": kib(documentSize("snapshots/2026-11_r001", head)),
        "snapshotMunicipalities/… (наибольший)": kib(largestFigures),
        "mail/… (с книгой)": kib(documentSize("mail/2026-11_r001", mail)),
        предел: kib(MAX_DOCUMENT_BYTES),
      });
    }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = process.argv.slice(2).map(Number);
  console.table(await benchSnapshotSize(counts.length > 0 ? counts : [94, 200]));
}
