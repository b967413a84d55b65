// A complete settings form as the sidebar sends it, for tests to copy and change.
export const SETTINGS_FORM = {
  municipalityCode: "odin",
  municipalityName: "Одинцовский городской округ",
  reportDate: "2026-11-30",
  periodFrom: "",
  periodTo: "",
  weeklyHours: 8,
  thresholds: { high: 85, elevated: 70, base: 50 },
  endpoint: "https://region.example.ru/submitReport",
  apiKey: "odin.k3y-secret",
  registerSheet: "",
};
