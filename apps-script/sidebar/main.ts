// The sidebar's start: tabs, the status card, the action buttons, and an action or tab asked for from the menu.
import type { ActionId } from "../server/jobs.ts";
import type { SidebarStatus } from "../server/status.ts";
import { renderButtons, runAction } from "./actions.ts";
import { call } from "./client.ts";
import { byId } from "./dom.ts";
import { showError } from "./feedback.ts";
import { kpiSummaryView } from "./kpiSummary.ts";
import { setupLookup } from "./person.ts";
import { loadRegion, setupRegion } from "./regionTab.ts";
import { resultView } from "./results.ts";
import { loadSettings, setupSettings } from "./settingsForm.ts";
import { renderRelease } from "./release.ts";
import { renderStatus } from "./status.ts";
import { fill } from "./dom.ts";

type Tab = "actions" | "person" | "settings" | "region";

function selectTab(tab: Tab): void {
  document
    .querySelectorAll<HTMLButtonElement>(".tabs button")
    .forEach((b) => b.setAttribute("aria-selected", String(b.dataset.tab === tab)));
  for (const id of ["actions", "person", "settings", "region"]) byId(`tab-${id}`).hidden = id !== tab;
  if (tab === "settings") void loadSettings();
  if (tab === "region") void loadRegion();
}

let shownResult = false;

function show(status: SidebarStatus): void {
  renderRelease(status);
  renderStatus(status);
  renderButtons(status, refresh);
  fill(byId("kpi-summary"), kpiSummaryView(status.results.kpis));
  if (!shownResult) {
    // On opening, show the latest check's findings (if any) so the list survives closing the sidebar.
    shownResult = true;
    fill(byId("result"), resultView("check", status.results.check));
  }
}

export function refresh(): Promise<SidebarStatus | void> {
  return call("getStatus").then((status) => (show(status), status), showError);
}

/** Kept work resumes while the sidebar is open: a paused run with its progress, else waiting reports. */
async function resumeKept(status: SidebarStatus): Promise<void> {
  const paused = status.jobs.find((job) => job.status === "waiting");
  if (paused) await runAction(paused.action, paused.options);
  else if (status.keptWork) await call("resumeWork").then(show, showError);
}

function start(): void {
  document
    .querySelectorAll<HTMLButtonElement>(".tabs button")
    .forEach((b) => b.addEventListener("click", () => selectTab(b.dataset.tab as Tab)));
  setupLookup();
  setupSettings();
  setupRegion();
  renderRelease(null);
  const asked = (window as { marshrutStart?: { tab?: Tab; action?: ActionId } }).marshrutStart;
  void refresh().then((status) => {
    if (asked?.tab) selectTab(asked.tab);
    if (asked?.action) void runAction(asked.action);
    else if (status) void resumeKept(status);
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
