// How the platform runs the same code as an Editor add-on and as a script bound to one spreadsheet (pasted into
// Расширения → Apps Script): the differences the fakes model, each with the page it comes from.
import type { AuthMode } from "./authModes.ts";

export type ScriptEnv = "addon" | "bound";

/**
 * The mode of the simple onOpen(e), or null when it does not run for this person. An add-on: NONE while installed by
 * the user but not used in this file, LIMITED once used here
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes). A bound
 * script: LIMITED for anyone who opens the file ("LIMITED: … when an add-on or a script bound to a document executes
 * an onOpen(e) or onEdit(e) simple trigger, except in the case described for NONE",
 * https://developers.google.com/apps-script/reference/script/auth-mode).
 */
export function openMode(env: ScriptEnv, installedByUser: boolean, usedHere: boolean): AuthMode | null {
  if (env === "bound") return "LIMITED";
  if (usedHere) return "LIMITED";
  return installedByUser ? "NONE" : null;
}

/**
 * onInstall(e) runs only when a person installs an add-on from the Marketplace; a pasted script is never
 * "installed" (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#installation).
 */
export const runsOnInstall = (env: ScriptEnv): boolean => env === "addon";

/**
 * "Each add-on can only have one trigger of each type, per user, per document"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions); a bound script has only
 * the general limit of 20 triggers per user per script (https://developers.google.com/apps-script/guides/services/quotas).
 */
export const oneTriggerPerKind = (env: ScriptEnv): boolean => env === "addon";

/**
 * What a person sees the first time they run something that needs their consent. A script whose owner is a Gmail
 * account is unverified for every Gmail user, its owner included: Google shows «Приложение не проверено» before the
 * consent screen (https://developers.google.com/apps-script/guides/client-verification,
 * https://support.google.com/cloud/answer/7454865). A Marketplace add-on passes OAuth verification before it is
 * listed, so its users see the consent screen only
 * (https://developers.google.com/workspace/add-ons/how-tos/update-published-add-on).
 */
export const consentScreen = (env: ScriptEnv): "unverified" | "consent" =>
  env === "bound" ? "unverified" : "consent";

/**
 * "Installable triggers aren't supported when testing": an add-on run as a test deployment never fires them
 * (https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons). A bound script has no test
 * deployment: its triggers run.
 */
export const triggersFire = (env: ScriptEnv, testDeployment: boolean): boolean =>
  env === "bound" || !testDeployment;
