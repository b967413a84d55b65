// Every test runs offline: a socket to anything but the loopback fails at once (servers under test live on 127.0.0.1).
import net from "node:net";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|::ffff:127\.\d+\.\d+\.\d+)$/u;
const connect = net.Socket.prototype.connect;

function hostOf(args: unknown[]): string | undefined {
  // net.connect() passes its normalised arguments as one array.
  if (Array.isArray(args[0])) return hostOf(args[0] as unknown[]);
  const [first, second] = args;
  if (typeof first === "object" && first !== null) {
    const options = first as { host?: string; path?: string };
    return options.path ? undefined : (options.host ?? "localhost");
  }
  if (typeof first === "number" || (typeof first === "string" && /^\d+$/u.test(first)))
    return typeof second === "string" ? second : "localhost";
  return undefined; // a Unix socket path
}

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (host !== undefined && !LOOPBACK.test(host))
    throw new Error(`Тесты работают без сети: соединение с ${host} запрещено.`);
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
