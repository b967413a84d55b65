// What the handlers run against: Firestore, the workbook storage and the clock; tests and the bench swap parts.
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { cloudStorage, type ReportStorage } from "./storage.ts";
import { Store } from "./store.ts";

export interface Services {
  readonly store: Store;
  readonly storage: ReportStorage;
  readonly now: () => Date;
}

let current: Services | undefined;

function defaults(): Services {
  const app = getApps()[0] ?? initializeApp();
  const db = getFirestore(app);
  db.settings({ ignoreUndefinedProperties: true });
  return { store: new Store(db), storage: cloudStorage(), now: () => new Date() };
}

/** The services of this instance, created on first use (so nothing connects at deploy time). */
export function services(): Services {
  current ??= defaults();
  return current;
}

/** Replaces some services (a local storage, a fixed clock) for tests and the bench. */
export function useServices(overrides: Partial<Services>): Services {
  current = { ...services(), ...overrides };
  return current;
}
