// File-system-safe paths of printed ИОМ, `<ОО>/<ФИО>.html`: any name gets a file, and no two people share one.
import filenamify from "filenamify";

export interface Named {
  readonly email: string;
  readonly fio: string;
  readonly org: string;
}

/**
 * A name a file system accepts: rejected characters become «_», reserved names (CON, NUL…) are changed, at most
 * `max` characters (100 Cyrillic letters are 200 bytes, under the usual 255-byte limit); "" when nothing is left.
 */
const safe = (name: string, max = 100) => {
  const cleaned = filenamify(name.trim(), { replacement: "_" })
    .slice(0, max)
    .replace(/[\s.]+$/u, "");
  return /^[_\s.]*$/u.test(cleaned) ? "" : cleaned;
};

/** Case-insensitive file systems (Windows, macOS) see «Иванова» and «ИВАНОВА» as one file. */
const key = (path: string) => path.toLocaleLowerCase("ru");

/**
 * The relative path of each person's file, in the input order. An empty name falls back to the e-mail; people
 * whose names would collide in one folder (namesakes, or names equal once cleaned) each get their e-mail added,
 * and a number if even that collides — so the same list always gives the same paths.
 */
export function printPaths(people: readonly Named[]): string[] {
  const named = people.map((person) => {
    const folder = safe(person.org) || "Без ОО";
    return { person, folder, file: safe(person.fio) || safe(person.email) || "ИОМ" };
  });
  const count = new Map<string, number>();
  for (const { folder, file } of named) {
    const k = key(`${folder}/${file}`);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const used = new Set<string>();
  return named.map(({ person, folder, file }) => {
    let name = file;
    if (count.get(key(`${folder}/${file}`))! > 1)
      name = `${safe(person.fio, 60) || "ИОМ"} (${safe(person.email, 36) || "без адреса"})`;
    let path = `${folder}/${name}`;
    for (let n = 2; used.has(key(path)); n++) path = `${folder}/${name} ${n}`;
    used.add(key(path));
    return `${path}.html`;
  });
}
