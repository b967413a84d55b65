// Registering a municipality: validates code and name, issues its key once, stores only the key's hash.
import { MunicipalityCode, MunicipalityName } from "../../shared/report/municipalReport.ts";
import { personLike } from "../../shared/report/personLike.ts";
import type { MunicipalityDoc } from "./documents.ts";
import { hashKey, issueMunicipalityKey } from "./keys.ts";
import type { Store } from "./store.ts";

export class RegistryError extends Error {
  constructor(
    readonly code: "BAD_CODE" | "BAD_NAME" | "EXISTS" | "NOT_REGISTERED" | "CONCURRENT",
    message: string,
  ) {
    super(message);
  }
}

export interface Registration {
  readonly code: string;
  readonly name: string;
  /** Issue a new key for an already registered municipality (the old key stops working). */
  readonly rotate?: boolean;
  readonly now?: Date;
}

/** What a registration tells whoever ran it, the line before its key (which is shown once). */
export function registrationNotice(code: string, name: string, rotated: boolean): string {
  return [
    rotated
      ? `Муниципалитету «${code}» выдан новый ключ; прежний больше не действует.`
      : `Муниципалитет «${code}» (${name.trim()}) зарегистрирован.`,
    "Ключ показывается один раз (хранится только его хеш). Передайте его муниципальному методисту:",
  ].join("\n");
}

/**
 * Returns the key — shown once, never stored. Re-running without `rotate` refuses instead of re-keying. Two runs
 * at once on one code: one gets its key, the other a CONCURRENT error (its key was never stored).
 */
export async function registerMunicipality(
  store: Store,
  registration: Registration,
): Promise<{ key: string; rotated: boolean }> {
  const code = MunicipalityCode.safeParse(registration.code);
  if (!code.success)
    throw new RegistryError(
      "BAD_CODE",
      `Код «${registration.code}» не подходит: ${code.error.issues[0]!.message}.`,
    );
  const name = MunicipalityName.safeParse(registration.name);
  if (!name.success)
    throw new RegistryError("BAD_NAME", `Наименование не подходит: ${name.error.issues[0]!.message}.`);
  const person = personLike(name.data);
  if (person)
    throw new RegistryError(
      "BAD_NAME",
      `Наименование «${name.data}» похоже на персональные данные (${person}). Укажите наименование муниципалитета, например «Одинцовский городской округ».`,
    );
  const existing = await store.municipality(code.data);
  if (existing && !registration.rotate)
    throw new RegistryError(
      "EXISTS",
      `Муниципалитет «${code.data}» уже зарегистрирован. Чтобы выдать новый ключ (старый перестанет действовать), добавьте --rotate.`,
    );
  if (!existing && registration.rotate)
    throw new RegistryError(
      "NOT_REGISTERED",
      `Муниципалитет «${code.data}» не зарегистрирован: новый ключ выдать некому. Зарегистрируйте его без --rotate.`,
    );
  const now = (registration.now ?? new Date()).toISOString();
  const key = issueMunicipalityKey(code.data);
  const municipality: MunicipalityDoc = {
    code: code.data,
    name: name.data,
    keyHash: hashKey(key),
    registeredAt: existing?.registeredAt ?? now,
    keyIssuedAt: now,
  };
  if ((await store.saveMunicipality(municipality, existing?.keyHash)) === "conflict")
    throw new RegistryError(
      "CONCURRENT",
      existing
        ? `Одновременно с этим запуском ключ муниципалитета «${code.data}» сменил другой запуск: действует выданный им ключ, а этот не сохранён и не подойдёт. Если нужен ещё один новый ключ, запустите с --rotate снова.`
        : `Одновременно с этим запуском муниципалитет «${code.data}» зарегистрировал другой запуск: действует выданный им ключ, а этот не сохранён и не подойдёт. Чтобы выдать новый ключ, добавьте --rotate.`,
    );
  return { key, rotated: existing !== undefined };
}
