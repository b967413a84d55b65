// The offline guard itself: loopback connections work, anything else is refused before a packet leaves.
import { createServer } from "node:net";
import net from "node:net";
import { describe, expect, it } from "vitest";

describe("tests run offline", () => {
  it("refuses a connection to a non-loopback address", () => {
    expect(() => net.connect({ host: "192.0.2.1", port: 80 })).toThrow(/без сети/u);
    expect(() => net.connect(80, "example.org")).toThrow(/example\.org/u);
  });

  it("allows the loopback", async () => {
    const server = createServer((socket) => socket.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const text = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: "127.0.0.1", port });
      let data = "";
      socket.on("data", (chunk) => (data += String(chunk)));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    await new Promise((resolve) => server.close(resolve));
    expect(text).toBe("ok");
  });
});
