// The region's functions the test build is made for, and a complete settings form as the sidebar sends it.

/** The region's Cloud Functions: the test build's urlFetchWhitelist. */
export const FUNCTIONS_URL = "https://europe-west3-marshrut.cloudfunctions.net/";

export const SETTINGS_FORM = {
  municipalityCode: "odin",
  municipalityName: "Одинцовский городской округ",
  reportDate: "2026-11-30",
  periodFrom: "",
  periodTo: "",
  weeklyHours: 8,
  thresholds: { high: 85, elevated: 70, base: 50 },
  endpoint: `${FUNCTIONS_URL}submitReport`,
  apiKey: "odin.k3y-secret",
  registerSheet: "",
  teacherLetters: "ошибки",
  methodistEmail: "",
  approvalBlock: true,
};
