// The enumerations of spec §2, in the order the spec lists them (the group order also breaks score ties in routes).

export const COMPETENCE_GROUPS = [
  "предметные",
  "методические",
  "психолого-педагогические",
  "коммуникативные",
  "цифровые",
  "управленческие",
] as const;
export type CompetenceGroup = (typeof COMPETENCE_GROUPS)[number];

export const LEVELS = ["высокий", "повышенный", "базовый", "низкий"] as const;
export type Level = (typeof LEVELS)[number];

export const IOM_STATUSES = ["разработан", "реализуется", "реализован", "не реализован"] as const;
export type IomStatus = (typeof IOM_STATUSES)[number];

export const STAFF_CATEGORIES = ["педагогический работник", "управленческий кадр"] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

export const MENTORING_ROLES = ["наставник", "наставляемый", "нет"] as const;

export const ORG_TYPES = [
  "общеобразовательная",
  "дошкольная",
  "дополнительного образования",
  "профессиональная",
] as const;

export const PROCEDURES = ["федеральная", "региональная", "муниципальная", "школьная"] as const;

export const ACTIVITY_TYPES = [
  "ДПП",
  "стажировка",
  "наставничество",
  "мероприятие",
  "самообразование",
  "сообщество",
  "конкурс",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const FORMATS = ["очно", "дистанционно", "смешанно"] as const;

export const ACTIVITY_STATES = ["запланировано", "в процессе", "выполнено", "не выполнено"] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];
