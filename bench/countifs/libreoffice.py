# Times LibreOffice Calc loading each workbook and recalculating its formulas (headless, over UNO), and prints the
# «Расчёт» totals; one JSON line per workbook. Usage: python3 libreoffice.py TOTALS_SHEET book1.xlsx [book2.xlsx …]
# The first workbook is loaded once before timing, so Calc's libraries are already in memory (in LibreOffice's favour).
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(600):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            time.sleep(0.1)
    raise RuntimeError("LibreOffice did not start in 60 s")


def never_recalc_on_load(ctx):
    """Load keeps the file's cached results (Tools → Options → Calc → Formula: «Never recalculate»), so the
    timed calculateAll() is the one recalculation: without it a load may recalculate too and count twice."""
    provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.Office.Calc/Formula/Load"),),
    )
    access.setPropertyValue("OOXMLRecalcMode", 1)
    access.commitChanges()


def measure(desktop, path, totals_sheet):
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    start = time.perf_counter()
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    loaded = time.perf_counter()
    doc.calculateAll()
    calculated = time.perf_counter()
    sheet = doc.Sheets.getByName(totals_sheet)
    figures = {}
    row = 1
    while sheet.getCellByPosition(0, row).getString():
        kpi = sheet.getCellByPosition(0, row).getString()
        figures[kpi] = [sheet.getCellByPosition(1, row).getValue(), sheet.getCellByPosition(2, row).getValue()]
        row += 1
    doc.close(True)
    return {
        "file": path,
        "loadMs": round((loaded - start) * 1000),
        "recalcMs": round((calculated - loaded) * 1000),
        "ms": round((calculated - start) * 1000),
        "figures": figures,
    }


def main():
    totals_sheet, files = sys.argv[1], sys.argv[2:]
    pipe = f"marshrut_bench_{os.getpid()}"
    with tempfile.TemporaryDirectory(prefix="marshrut-lo-") as profile:
        office = subprocess.Popen(
            [
                "soffice",
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                "--nodefault",
                f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            ctx = connect(pipe)
            never_recalc_on_load(ctx)
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            measure(desktop, files[0], totals_sheet)
            for path in files:
                print(json.dumps(measure(desktop, path, totals_sheet), ensure_ascii=False), flush=True)
            try:
                desktop.terminate()
            except Exception:  # the bridge closes as soffice exits
                pass
        finally:
            try:
                office.wait(timeout=30)
            except subprocess.TimeoutExpired:
                office.kill()


main()
