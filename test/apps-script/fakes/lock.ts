// A fake LockService: one document lock per spreadsheet (none outside a document); `heldElsewhere` simulates
// another execution holding it. https://developers.google.com/apps-script/reference/lock/lock-service
import type { Platform } from "./platform.ts";

export class FakeLock {
  held = false;
  heldElsewhere = false;
  constructor(private readonly platform: Platform) {}
  tryLock(ms: number) {
    this.platform.guard("lock", "Lock.tryLock");
    if (this.heldElsewhere) {
      this.platform.log.now += ms;
      return false;
    }
    this.held = true;
    return true;
  }
  waitLock(ms: number) {
    this.platform.guard("lock", "Lock.waitLock");
    if (this.heldElsewhere) {
      this.platform.log.now += ms;
      throw new Error("Exception: Lock timeout: another process was holding the lock for too long.");
    }
    this.held = true;
  }
  hasLock() {
    this.platform.guard("lock", "Lock.hasLock");
    return this.held;
  }
  releaseLock() {
    this.platform.guard("lock", "Lock.releaseLock");
    this.held = false;
  }
}

export class Locks {
  readonly documents = new Map<string, FakeLock>();
  constructor(private readonly platform: Platform) {}

  document(id: string): FakeLock {
    let lock = this.documents.get(id);
    if (!lock) this.documents.set(id, (lock = new FakeLock(this.platform)));
    return lock;
  }

  service() {
    const platform = this.platform;
    return {
      /** "null if … not bound to a document": a clock run has no document lock. */
      getDocumentLock: () => {
        const run = platform.guard("lock", "LockService.getDocumentLock");
        return run.document ? this.document(run.document.id) : null;
      },
    };
  }
}
