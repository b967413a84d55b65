// What the methodist reads when a new release needs a permission they have not given yet (menu, sidebar, «Журнал»,
// a sidebar call refused for want of it).

/** The menu item shown while authorization is due; choosing it brings Google's consent screen. */
export const REAUTHORIZE_ITEM = "Нужно заново разрешить доступ";

/** The one wording of what to do, in «Журнал», the menu item's dialog, the sidebar's notice and a refused call. */
export const REAUTHORIZE_TEXT = `Маршруту нужно заново разрешить доступ: новая версия просит разрешение, которого ещё нет. Ответы формы по-прежнему проверяются, а письма педагогам и отчёты в регион ждут. Откройте «Расширения → Маршрут → ${REAUTHORIZE_ITEM}» и подтвердите доступ — всё отложенное уйдёт один раз.`;
