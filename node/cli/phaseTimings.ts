// Where a command's time goes, for the benches: with MARSHRUT_TIMINGS=1 in the environment the command ends by
// writing one line to stderr, «этапы, мс {…}», each phase's milliseconds as JSON (the first from the process's start:
// Node's own start and loading the command's modules). Without it nothing is measured or written.
const PREFIX = "этапы, мс ";

export interface PhaseTimings {
  /** Ends the phase `name` now (the next one starts here). */
  mark(name: string): void;
  /** Writes the line, when timings were asked for. */
  report(): void;
}

export function phaseTimings(env: NodeJS.ProcessEnv = process.env): PhaseTimings {
  if (env.MARSHRUT_TIMINGS !== "1") return { mark() {}, report() {} };
  // performance.now() counts from the process's start (its time origin), so the first phase is Node's start-up.
  const phases: Record<string, number> = { "запуск и модули": Math.round(performance.now()) };
  let last = performance.now();
  return {
    mark(name) {
      const now = performance.now();
      phases[name] = Math.round(now - last);
      last = now;
    },
    report() {
      process.stderr.write(`${PREFIX}${JSON.stringify(phases)}\n`);
    },
  };
}

/** The phases a command wrote in `stderr`, or undefined when it wrote none. */
export function readPhaseTimings(stderr: string): Record<string, number> | undefined {
  const line = stderr.split("\n").find((text) => text.startsWith(PREFIX));
  return line === undefined ? undefined : (JSON.parse(line.slice(PREFIX.length)) as Record<string, number>);
}
