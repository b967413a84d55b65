// The «Маршрут» add-on menu and the sidebar; menu actions open the sidebar, which runs them and shows progress.
import { availableActions } from "./actions.ts";
import type { ActionId } from "./jobs.ts";
import { ACTION_TITLES } from "../../shared/tables/journal.ts";

const MENU: readonly { action: ActionId; handler: string }[] = [
  { action: "prepare", handler: "menuPrepare" },
  { action: "check", handler: "menuCheck" },
  { action: "routes", handler: "menuRoutes" },
  { action: "kpis", handler: "menuKpis" },
  { action: "sync", handler: "menuSync" },
  { action: "letters", handler: "menuLetters" },
];

/** Builds the menu; runs in any authorisation mode (it touches no data). */
export function onOpen(): void {
  const available = new Set(availableActions());
  const menu = SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem("Открыть панель", "showSidebar")
    .addSeparator();
  for (const item of MENU)
    if (available.has(item.action)) menu.addItem(ACTION_TITLES[item.action], item.handler);
  menu.addItem(ACTION_TITLES.region, "menuRegion");
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
export const menuLetters = () => openSidebar({ action: "letters" });
export const menuRegion = () => openSidebar({ tab: "region" });
