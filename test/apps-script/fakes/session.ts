// A fake Session: the active user (empty in trigger runs, which act for their owner) and the effective user.
// https://developers.google.com/apps-script/reference/base/session
import type { Platform } from "./platform.ts";

export function fakeSession(platform: Platform) {
  const user = (email: () => string) => ({
    getEmail: () => (platform.guard("session", "User.getEmail"), email()),
  });
  return {
    getActiveUser: () => (
      platform.guard("session", "Session.getActiveUser"),
      user(() => platform.execution().activeUser)
    ),
    getEffectiveUser: () => (
      platform.guard("session", "Session.getEffectiveUser"),
      user(() => platform.execution().user)
    ),
  };
}
