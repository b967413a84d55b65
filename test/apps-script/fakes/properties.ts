// A fake PropertiesService: document, user and script stores with the platform's size limits; no document store
// outside a document.
import type { Platform } from "./platform.ts";

/**
 * "Properties value size 9 KB / val", "Properties total storage 500 KB / property store" — bytes of UTF-8.
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
export const PROPERTY_LIMITS = { valueBytes: 9 * 1024, storeBytes: 500 * 1024 } as const;

const bytes = (text: string) => Buffer.byteLength(text, "utf8");
/** Values are kept as UTF-8: half a surrogate pair cannot be, and comes back as U+FFFD. */
const asStored = (text: string) => Buffer.from(text, "utf8").toString("utf8");

/** https://developers.google.com/apps-script/reference/properties/properties */
export class FakeProperties {
  readonly data = new Map<string, string>();
  constructor(private readonly platform: Platform) {}
  private call(method: string) {
    this.platform.guard("properties", `Properties.${method}`);
  }
  private check(next: Map<string, string>) {
    for (const value of next.values())
      if (bytes(value) > PROPERTY_LIMITS.valueBytes) throw new Error("Exception: Argument too large: value");
    const total = [...next].reduce((sum, [k, v]) => sum + bytes(k) + bytes(v), 0);
    if (total > PROPERTY_LIMITS.storeBytes)
      throw new Error(
        "Exception: You have exceeded the property storage quota. Please remove some properties and try again.",
      );
  }
  getProperty(key: string) {
    this.call("getProperty");
    return this.data.get(key) ?? null;
  }
  getProperties() {
    this.call("getProperties");
    return Object.fromEntries(this.data);
  }
  getKeys() {
    this.call("getKeys");
    return [...this.data.keys()];
  }
  setProperty(key: string, value: string) {
    this.call("setProperty");
    return this.put({ [key]: value }, false);
  }
  setProperties(values: Record<string, string>, deleteAllOthers = false) {
    this.call("setProperties");
    return this.put(values, deleteAllOthers);
  }
  private put(values: Record<string, string>, deleteAllOthers: boolean) {
    const next = new Map(deleteAllOthers ? [] : this.data);
    for (const [key, value] of Object.entries(values)) next.set(key, asStored(String(value)));
    this.check(next);
    this.data.clear();
    for (const [key, value] of next) this.data.set(key, value);
    return this;
  }
  deleteProperty(key: string) {
    this.call("deleteProperty");
    this.data.delete(key);
    return this;
  }
}

export class PropertyStores {
  readonly documents = new Map<string, FakeProperties>();
  readonly users = new Map<string, FakeProperties>();
  readonly script: FakeProperties;

  constructor(private readonly platform: Platform) {
    this.script = new FakeProperties(platform);
  }

  document(id: string): FakeProperties {
    let store = this.documents.get(id);
    if (!store) this.documents.set(id, (store = new FakeProperties(this.platform)));
    return store;
  }

  user(email: string): FakeProperties {
    let store = this.users.get(email);
    if (!store) this.users.set(email, (store = new FakeProperties(this.platform)));
    return store;
  }

  /** https://developers.google.com/apps-script/reference/properties/properties-service */
  service() {
    const platform = this.platform;
    return {
      /** "null if the script is not … bound to a Google Workspace file": a clock run has no document. */
      getDocumentProperties: () => {
        const run = platform.guard("properties", "PropertiesService.getDocumentProperties");
        return run.document ? this.document(run.document.id) : null;
      },
      getUserProperties: () =>
        this.user(platform.guard("properties", "PropertiesService.getUserProperties").user),
      getScriptProperties: () => (
        platform.guard("properties", "PropertiesService.getScriptProperties"),
        this.script
      ),
    };
  }
}
