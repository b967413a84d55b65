// Admin script: registers a municipality and prints its key once (only the hash is stored), or issues the regional key.
// npx tsx scripts/registerMunicipality.ts --code odin --name "Одинцовский городской округ" [--rotate] [--project ID]
// npx tsx scripts/registerMunicipality.ts --regional-key
import { parseArgs } from "node:util";
import { initializeApp } from "firebase-admin/app";
import { hashKey, issueRegionalKey } from "../functions/src/keys.ts";
import { registerMunicipality, registrationNotice, RegistryError } from "../functions/src/registry.ts";
import { services } from "../functions/src/services.ts";

const USAGE = `Использование:
  npx tsx scripts/registerMunicipality.ts --code <код> --name "<наименование>" [--rotate] [--project <id проекта>]
  npx tsx scripts/registerMunicipality.ts --regional-key

Код муниципалитета — от 1 до 40 символов: первый — латинская буква, дальше буквы, цифры, «_» или «-»
(без пробелов и точек), например odin или odintsovo-go. Он входит в ключ и в имена документов, поэтому
коды вида «__…__» и коды с русской буквой в начале не принимаются.

Нужны права на проект Firebase (gcloud auth application-default login) или FIRESTORE_EMULATOR_HOST для эмулятора.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      code: { type: "string" },
      name: { type: "string" },
      rotate: { type: "boolean", default: false },
      project: { type: "string" },
      "regional-key": { type: "boolean", default: false },
    },
  });
  if (values["regional-key"]) {
    const key = issueRegionalKey();
    process.stdout.write(
      [
        `Ключ региона (передайте его региональным координаторам; на сервере хранится только хеш):`,
        `  ${key}`,
        `Сохраните хеш в Secret Manager и разверните функции заново:`,
        `  printf %s ${hashKey(key)} | firebase functions:secrets:set REGIONAL_KEY_SHA256 --data-file=-`,
        "",
      ].join("\n"),
    );
    return 0;
  }
  if (!values.code || !values.name) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  initializeApp(values.project ? { projectId: values.project } : {});
  try {
    const { key, rotated } = await registerMunicipality(services().store, {
      code: values.code,
      name: values.name,
      rotate: values.rotate,
    });
    process.stdout.write(`${registrationNotice(values.code, values.name, rotated)}\n  ${key}\n\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

process.exitCode = await main();
