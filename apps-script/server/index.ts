// The Apps Script entry module: only re-exports; build.ts turns each export into a top-level function.
import "./zoneClock.ts";

export { onOpen, onInstall, showSidebar, showSettings } from "./menu.ts";
export { menuPrepare, menuCheck, menuRoutes, menuKpis, menuSync, menuLetters, menuRegion } from "./menu.ts";
export {
  getStatus,
  runAction,
  resumeWork,
  getProgress,
  getResult,
  lookupPerson,
  getSettings,
  saveSettings,
  goToCell,
  printRoute,
} from "./api.ts";
export { importRegion, getRegionSettings, saveRegionSettings } from "./region.ts";
export { showAbout, menuAuthorize } from "./about.ts";
export { onFormSubmitHandler } from "./formSubmit.ts";
export { onOpenResume } from "./keptWork.ts";
