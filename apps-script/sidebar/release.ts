// The sidebar's footer («Маршрут 1.0.0») and, while this release waits for the person's consent, the notice saying how.
import { REAUTHORIZE_ITEM, REAUTHORIZE_TEXT } from "../server/accessTexts.ts";
import type { SidebarStatus } from "../server/status.ts";
import { PRODUCT_NAME } from "../server/version.ts";
import { byId, fill, h } from "./dom.ts";

export function renderRelease(status: Pick<SidebarStatus, "reauthorization"> | null): void {
  fill(byId("release"), PRODUCT_NAME);
  const notice = byId("reauthorize");
  notice.hidden = !status?.reauthorization;
  fill(
    notice,
    status?.reauthorization
      ? h("div", {}, h("strong", {}, REAUTHORIZE_ITEM), h("div", {}, REAUTHORIZE_TEXT))
      : null,
  );
}
