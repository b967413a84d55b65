// The self-hosted server's settings: defaults, and a Russian sentence naming the setting that cannot be used.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, readServerConfig, SETTINGS } from "../../../node/region/config.ts";

const DATABASE_URL = "postgres://marshrut:secret@127.0.0.1:5432/marshrut";

describe("readServerConfig", () => {
  it("needs only DATABASE_URL; everything else has its default", () => {
    expect(readServerConfig({ DATABASE_URL })).toMatchObject({
      databaseUrl: DATABASE_URL,
      port: 8080,
      host: "0.0.0.0",
      dataDir: resolve("marshrut-data"),
      snapshotTime: { hour: 6, minute: 0 },
    });
    expect(readServerConfig({ DATABASE_URL }).smtpUrl).toBeUndefined();
    expect(readServerConfig({ DATABASE_URL, SNAPSHOT_TIME: "off" }).snapshotTime).toBeUndefined();
    expect(readServerConfig({ DATABASE_URL, SNAPSHOT_TIME: "7:30" }).snapshotTime).toEqual({
      hour: 7,
      minute: 30,
    });
  });

  it.each([
    [{}, "DATABASE_URL"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ DATABASE_URL, PORT: "80a" }, "PORT"],
    [{ DATABASE_URL, REGION_ID: "Москва" }, "REGION_ID"],
    [{ DATABASE_URL, REGIONAL_KEY_SHA256: "region.abc" }, "REGIONAL_KEY_SHA256"],
    [{ DATABASE_URL, SMTP_URL: "smtp.example.ru" }, "SMTP_URL"],
    [{ DATABASE_URL, SNAPSHOT_TIME: "6 утра" }, "SNAPSHOT_TIME"],
  ])("refuses %j, naming %s in Russian", (env, setting) => {
    let error: unknown;
    try {
      readServerConfig(env);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ setting, message: expect.stringMatching(/[а-яё]/iu) });
    expect((error as Error).message).toContain(setting);
  });

  it("is the table docs/self-hosted.md shows, every setting in it", async () => {
    const guide = await readFile(join(import.meta.dirname, "../../../docs/self-hosted.md"), "utf8");
    for (const { name, byDefault } of SETTINGS) {
      expect(guide).toMatch(new RegExp(`^\\| \`${name}\` \\|`, "mu"));
      // The default column shows exactly the default the server falls back to.
      const shown = byDefault === "" ? "—" : `\`${byDefault}\``;
      expect(guide).toContain(`| \`${name}\` | ${shown} |`);
    }
  });
});
