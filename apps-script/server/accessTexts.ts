// What the methodist reads when a new release needs a permission they have not given yet (menu, sidebar, «Журнал»,
// a call refused for want of it).

/** The menu item shown while authorization is due; choosing it brings Google's consent screen. */
export const REAUTHORIZE_ITEM = "Нужно заново разрешить доступ";

const WHY = "Маршруту нужно заново разрешить доступ: новая версия просит разрешение, которого ещё нет.";

/** What to do once a trigger noted the missing permission: in «Журнал», the menu item's dialog, the sidebar's notice. */
export const REAUTHORIZE_TEXT = `${WHY} Ответы формы по-прежнему проверяются, а письма педагогам и отчёты в регион ждут. Откройте «Расширения → Маршрут → ${REAUTHORIZE_ITEM}» и подтвердите доступ — всё отложенное уйдёт один раз.`;

/**
 * The same for a call Google refused for want of the permission. The item above is in the menu only once a trigger
 * noted it; «Открыть панель» always is, and choosing any item of the menu brings Google's consent screen first («If
 * authorization is missing, a dialog appears asking the user to grant permission»:
 * https://developers.google.com/apps-script/guides/services/authorization).
 */
export const REAUTHORIZE_REFUSED_TEXT = `${WHY} Откройте «Расширения → Маршрут → Открыть панель» и подтвердите доступ в окне Google, затем повторите действие.`;
