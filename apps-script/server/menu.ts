// The «Маршрут» menu and the sidebar; menu actions open the sidebar, which runs them and shows progress. The same
// code serves the Editor add-on and the script pasted into the spreadsheet (bound): nothing here relies on onInstall.
import { availableActions } from "./actions.ts";
import { REAUTHORIZE_ITEM } from "./accessTexts.ts";
import { reauthorizationNoted } from "./authorization.ts";
import type { ActionId } from "./jobs.ts";
import { SIDEBAR_HTML } from "./sidebarPage.ts";
import { ACTION_TITLES } from "../../shared/tables/journal.ts";

const MENU: readonly { action: ActionId; handler: string }[] = [
  { action: "prepare", handler: "menuPrepare" },
  { action: "check", handler: "menuCheck" },
  { action: "routes", handler: "menuRoutes" },
  { action: "kpis", handler: "menuKpis" },
  { action: "sync", handler: "menuSync" },
  { action: "letters", handler: "menuLetters" },
];

/**
 * Builds the menu. Runs in any authorisation mode: the simple onOpen of an add-on in NONE (installed, not used in
 * this file) or LIMITED, of a bound script always in LIMITED; only LIMITED may read the document's properties, and
 * then the one mark a trigger leaves when the methodist must authorise again.
 * https://developers.google.com/apps-script/reference/script/auth-mode
 */
export function onOpen(e?: { authMode?: unknown }): void {
  const canRead = !e || e.authMode !== ScriptApp.AuthMode.NONE;
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  if (canRead && reauthorizationNoted()) menu.addItem(REAUTHORIZE_ITEM, "menuAuthorize").addSeparator();
  menu.addItem("Открыть панель", "showSidebar").addSeparator();
  const available = new Set(availableActions());
  for (const item of MENU)
    if (available.has(item.action)) menu.addItem(ACTION_TITLES[item.action], item.handler);
  menu.addItem(ACTION_TITLES.region, "menuRegion");
  menu.addSeparator().addItem("Настройки", "showSettings").addItem("О программе", "showAbout").addToUi();
}

/** An add-on installed from the Marketplace builds its menu at once; a pasted script never gets here. */
export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

export interface SidebarStart {
  readonly tab?: "settings" | "region";
  readonly action?: ActionId;
}

/** The sidebar from the page inlined in the code (a pasted project has no HTML files). */
function openSidebar(start?: SidebarStart): void {
  const html = HtmlService.createHtmlOutput(SIDEBAR_HTML).setTitle("Маршрут");
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
