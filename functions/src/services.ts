// What the handlers run against: a store, the workbook storage and the clock. In Cloud Functions: Firestore and
// Cloud Storage (created here on first use); the self-hosted server passes its own; tests and the bench swap parts.
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { FirestoreStore } from "./firestoreStore.ts";
import { cloudStorage, type ReportStorage } from "./storage.ts";
import type { Store } from "./store.ts";

export interface Services<S extends Store = Store> {
  readonly store: S;
  readonly storage: ReportStorage;
  readonly now: () => Date;
}

/** The Cloud Functions' services: the handlers only see `Services`; tests of the Firestore layout read `store.db`. */
type FirebaseServices = Services<FirestoreStore>;

let current: FirebaseServices | undefined;

function defaults(): FirebaseServices {
  const app = getApps()[0] ?? initializeApp();
  const db = getFirestore(app);
  db.settings({ ignoreUndefinedProperties: true });
  return { store: new FirestoreStore(db), storage: cloudStorage(), now: () => new Date() };
}

/** The services of this instance, created on first use (so nothing connects at deploy time). */
export function services(): FirebaseServices {
  current ??= defaults();
  return current;
}

/** Replaces some services (a local storage, a fixed clock) for tests and the bench. */
export function useServices(overrides: Partial<FirebaseServices>): FirebaseServices {
  current = { ...services(), ...overrides };
  return current;
}
