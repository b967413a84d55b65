// Preloaded into a child process of a test (`node --import`): a server asked to listen on a port alone listens on
// 127.0.0.1 only, so a program that binds every interface (the Functions Framework's entry point) stays local.
import { Server } from "node:net";

const listen = Server.prototype.listen;
Server.prototype.listen = function (this: Server, ...args: unknown[]) {
  if (typeof args[0] === "number" && typeof args[1] !== "string") args.splice(1, 0, "127.0.0.1");
  return (listen as (...a: unknown[]) => Server).apply(this, args);
} as typeof listen;
