// The add-on menu and the sidebar: onInstall builds the menu like onOpen; menu actions open the sidebar on them.
import { describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { MENU_CAPTIONS } from "./menuCaptions.ts";

describe("menu and sidebar", () => {
  test("onOpen (in AuthMode.NONE and LIMITED) and onInstall build the «Маршрут» add-on menu with every action", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    const other = env.as(env.google.spreadsheet(sampleSheets()));
    other.open(); // installed by this user, not yet used in this file: NONE
    env.install();
    env.open(); // used here: LIMITED
    expect([other.ss.ui.menus.length, env.ss.ui.menus.length]).toEqual([1, 2]);
    const [install, open] = env.ss.ui.menus;
    expect(install).toEqual(open);
    expect(other.ss.ui.menus[0]).toEqual(open);
    expect(open!.items.map((item) => item.caption)).toEqual(MENU_CAPTIONS);
    for (const item of open!.items.filter((i) => i.handler))
      expect(typeof env.google.context[item.handler], item.handler).toBe("function");
    // Menus touch no sheet: the strict fakes refuse anything else in AuthMode.NONE; where the mode allows it (install,
    // LIMITED) the menu reads one document property, the mark a trigger leaves when access must be granted again.
    expect(env.log.total("sheets")).toBe(0);
    expect(env.log.table("properties")).toEqual({
      "PropertiesService.getDocumentProperties": 2,
      "Properties.getProperty": 2,
    });
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
