// The self-hosted regional server put together: PostgreSQL, workbooks on disk, the HTTP server, the monthly clock
// and the letters; everything it knows is in the database and the data folder, so a restart loses nothing.
import type { AddressInfo } from "node:net";
import { previousMonth } from "../../functions/src/calendar.ts";
import { monthKey } from "../../functions/src/documents.ts";
import { handleMonthlySnapshot } from "../../functions/src/monthlySnapshot.ts";
import type { Services } from "../../functions/src/services.ts";
import { registeredSince } from "../../functions/src/snapshot.ts";
import type { ServerConfig } from "./config.ts";
import { openDatabase, type RegionDatabase } from "./database.ts";
import { fileStorage } from "./fileStorage.ts";
import { deliverMail, mailerOf, type SendMail } from "./mailer.ts";
import { startSnapshotSchedule } from "./schedule.ts";
import { createRegionServer } from "./server.ts";
import { serverLogs } from "./serverLogs.ts";

export interface RegionServerOptions {
  readonly now?: () => Date;
  /** How letters leave (default: SMTP_URL through nodemailer; none without it). */
  readonly send?: SendMail;
}

export interface RunningRegion {
  readonly url: string;
  readonly database: RegionDatabase;
  /** Sends the letters due now (also done every few minutes and after each snapshot). */
  deliverMail(): Promise<void>;
  stop(): Promise<void>;
}

/** How often queued letters are looked at (a failed one is tried again 10 minutes after its attempt). */
const MAIL_EVERY = 5 * 60 * 1000;

/** Whether the snapshot due at `scheduleTime` was never taken though municipalities were registered by then. */
async function missed(deps: Services, scheduleTime: Date): Promise<boolean> {
  const state = await deps.store.regionState();
  const since = registeredSince(state);
  const month = previousMonth(scheduleTime);
  return since !== undefined && since <= month && !state?.snapshots[monthKey(month)];
}

export async function startRegionServer(
  config: ServerConfig,
  options: RegionServerOptions = {},
): Promise<RunningRegion> {
  const database = await openDatabase(config.databaseUrl);
  const deps: Services = {
    store: database.store,
    storage: fileStorage(config.dataDir),
    now: options.now ?? (() => new Date()),
  };
  const mailer = mailerOf(config);
  const send = options.send ?? mailer?.send;
  const from = mailer?.from ?? config.mailFrom ?? "marshrut@localhost";
  // One delivery at a time in this process; other processes skip the letters this one has claimed.
  let delivering: Promise<void> = Promise.resolve();
  const deliver = () => {
    if (!send) return delivering;
    delivering = delivering
      .then(() => deliverMail(database.pool, send, from))
      .then(
        (delivery) => serverLogs.mailDelivered(delivery.sent, delivery.failed),
        (error: unknown) => serverLogs.mailFailed(error),
      );
    return delivering;
  };

  const server = createRegionServer(deps, { afterRefresh: () => void deliver() });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const stopSchedule = config.snapshotTime
    ? startSnapshotSchedule({
        time: config.snapshotTime,
        now: deps.now,
        run: async (scheduleTime) => {
          await handleMonthlySnapshot({ scheduleTime: scheduleTime.toISOString() }, deps);
          await deliver();
        },
        missed: (scheduleTime) => missed(deps, scheduleTime),
        onError: (error) => serverLogs.scheduleFailed(error),
      })
    : () => undefined;
  const mailTimer = send ? setInterval(() => void deliver(), MAIL_EVERY) : undefined;
  void deliver();

  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    database,
    deliverMail: deliver,
    async stop() {
      stopSchedule();
      clearInterval(mailTimer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await delivering;
      await database.close();
    },
  };
}
