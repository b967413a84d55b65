// Titles of sheets that modules without the schemas need (the command line's reader thread orders its sheets by them).

/** The title of the settings sheet (key/value rows, see settings.ts). */
export const SETTINGS_TITLE = "Настройки";
