// The sidebar's footer («Маршрут 1.0.0») and, while this release waits for the person's consent, the notice saying how.
import { REAUTHORIZE_ITEM } from "../server/accessTexts.ts";
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
      ? h(
          "div",
          {},
          h("strong", {}, REAUTHORIZE_ITEM),
          h(
            "div",
            {},
            `Новая версия Маршрута просит разрешение, которого ещё нет: письма педагогам и отчёты в регион ждут. Выберите «Расширения → Маршрут → ${REAUTHORIZE_ITEM}» и подтвердите доступ в окне Google — всё отложенное уйдёт один раз.`,
          ),
        )
      : null,
  );
}
