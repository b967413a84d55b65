// Executable entry of `npm run marshrut -- …`.
import { main } from "./main.ts";

// `marshrut … --json | head`: the reader went away; the rest of the output is not wanted, and that is no error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
