// The «Маршрут» add-on menu and the sidebar; menu actions open the sidebar, which runs them and shows progress.
import { availableActions } from "./actions.ts";
import type { ActionId } from "./jobs.ts";

const MENU: readonly { action: ActionId; caption: string; handler: string }[] = [
  { action: "prepare", caption: "Подготовить таблицу", handler: "menuPrepare" },
  { action: "check", caption: "Проверить реестр", handler: "menuCheck" },
  { action: "routes", caption: "Сформировать ИОМ", handler: "menuRoutes" },
  { action: "kpis", caption: "Рассчитать показатели", handler: "menuKpis" },
  { action: "sync", caption: "Отправить в регион", handler: "menuSync" },
];

/** Builds the menu; runs in any authorisation mode (it touches no data). */
export function onOpen(): void {
  const available = new Set(availableActions());
  const menu = SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem("Открыть панель", "showSidebar")
    .addSeparator();
  for (const item of MENU) if (available.has(item.action)) menu.addItem(item.caption, item.handler);
  menu.addItem("Загрузить свод региона", "menuRegion");
  menu.addSeparator().addItem("Настройки", "showSettings").addToUi();
}

export function onInstall(): void {
  onOpen();
}

export interface SidebarStart {
  readonly tab?: "settings" | "region";
  readonly action?: ActionId;
}

function openSidebar(start?: SidebarStart): void {
  const html = HtmlService.createHtmlOutputFromFile("sidebar").setTitle("Маршрут");
  if (start) html.append(`<script>window.marshrutStart=${JSON.stringify(start)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

export const showSidebar = () => openSidebar();
export const showSettings = () => openSidebar({ tab: "settings" });
export const menuPrepare = () => openSidebar({ action: "prepare" });
export const menuCheck = () => openSidebar({ action: "check" });
export const menuRoutes = () => openSidebar({ action: "routes" });
export const menuKpis = () => openSidebar({ action: "kpis" });
export const menuSync = () => openSidebar({ action: "sync" });
export const menuRegion = () => openSidebar({ tab: "region" });
