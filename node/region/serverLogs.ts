// Named log events of the self-hosted server, structured as the functions' (one JSON line with "severity" each).
import * as logger from "firebase-functions/logger";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const serverLogs = {
  mailDelivered: (sent: number, failed: number) => {
    if (sent + failed > 0) logger.info("mail delivered", { sent, failed });
  },
  mailFailed: (error: unknown) => logger.error("mail delivery failed", { error: message(error) }),
  scheduleFailed: (error: unknown) => logger.error("monthly snapshot failed", { error: message(error) }),
};
