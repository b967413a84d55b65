// LibreOffice Calc for the side-by-side bench: installed from Debian when missing, timed over UNO by libreoffice.py.
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** Debian's Python: python3-uno is built for it, not for another python3 first on PATH (pyenv, venv). */
const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("./libreoffice.py", import.meta.url));
const PACKAGES = ["libreoffice-calc-nogui", "python3-uno"];

export interface CalcTiming {
  readonly file: string;
  readonly loadMs: number;
  readonly recalcMs: number;
  /** Load and recalculation together: what a methodist waits for after opening the workbook. */
  readonly ms: number;
  /** Indicator → [numerator, denominator] from the totals sheet after recalculation. */
  readonly figures: Record<string, [number, number]>;
}

const hasUno = () =>
  existsSync(PYTHON) &&
  (() => {
    try {
      execFileSync(PYTHON, ["-c", "import uno"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

/** soffice and python3-uno, installed with apt-get when missing (the bench only: `npm test` never needs them). */
export function ensureLibreOffice(): string {
  const installed = () => existsSync("/usr/bin/soffice") && hasUno();
  if (installed()) return execFileSync("/usr/bin/soffice", ["--version"], { encoding: "utf8" }).trim();
  if (!existsSync("/usr/bin/apt-get") || process.getuid?.() !== 0)
    throw new Error(
      `Нет LibreOffice: установите ${PACKAGES.join(" и ")} (sudo apt-get install -y ${PACKAGES.join(" ")}).`,
    );
  console.error(`Устанавливаю ${PACKAGES.join(", ")} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...PACKAGES], { stdio: "ignore", env });
  if (!installed())
    throw new Error("LibreOffice не установился: проверьте apt-get install " + PACKAGES.join(" "));
  return execFileSync("/usr/bin/soffice", ["--version"], { encoding: "utf8" }).trim();
}

/** Loads and recalculates each workbook in one headless soffice (after a warm-up load of the first). */
export async function timeInLibreOffice(
  totalsSheet: string,
  files: readonly string[],
): Promise<CalcTiming[]> {
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, totalsSheet, ...files], {
    maxBuffer: 1 << 24,
    timeout: 30 * 60_000,
  });
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as CalcTiming);
}
