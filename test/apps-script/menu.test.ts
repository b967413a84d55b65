// The add-on menu and the sidebar: onInstall builds the menu like onOpen; menu actions open the sidebar on them.
import { describe, expect, test } from "vitest";
import { builtAddon, loadAddon } from "./addon.ts";

describe("menu and sidebar", () => {
  test("onOpen and onInstall build the «Маршрут» add-on menu with every action", async () => {
    const env = loadAddon(await builtAddon());
    env.invoke("onInstall", { authMode: "FULL" });
    env.invoke("onOpen", { authMode: "NONE" });
    expect(env.ss.ui.menus).toHaveLength(2);
    const [install, open] = env.ss.ui.menus;
    expect(install).toEqual(open);
    expect(open!.items.map((item) => item.caption)).toEqual([
      "Открыть панель",
      "—",
      "Подготовить таблицу",
      "Проверить реестр",
      "Сформировать ИОМ",
      "Рассчитать показатели",
      "Отправить в регион",
      "Загрузить свод региона",
      "—",
      "Настройки",
    ]);
    for (const item of open!.items.filter((i) => i.handler))
      expect(typeof env.context[item.handler], item.handler).toBe("function");
    expect(env.log.total("properties")).toBe(0);
  });

  test("the sidebar opens with its title; a menu action opens it on that action, «Настройки» on the settings tab", async () => {
    const env = loadAddon(await builtAddon());
    env.invoke("showSidebar");
    env.invoke("menuCheck");
    env.invoke("showSettings");
    const [plain, check, settings] = env.ss.ui.sidebars;
    expect(plain!.title).toBe("Маршрут");
    expect(plain!.content).toContain('<html lang="ru">');
    expect(plain!.content).not.toContain("window.marshrutStart=");
    expect(check!.content).toMatch(/window\.marshrutStart=\{"action":"check"\};<\/script>$/u);
    expect(settings!.content).toMatch(/window\.marshrutStart=\{"tab":"settings"\};<\/script>$/u);
  });
});
