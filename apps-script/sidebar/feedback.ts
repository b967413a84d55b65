// The sidebar's error box: one Russian sentence, shown until the next action.
import { byId } from "./dom.ts";

export function showError(error: unknown): void {
  const box = byId("error");
  box.textContent = error instanceof Error ? error.message : String(error);
  box.hidden = false;
}

export function clearError(): void {
  const box = byId("error");
  box.textContent = "";
  box.hidden = true;
}
