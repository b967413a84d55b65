// Keeps the functions' structured log lines (JSON with "severity") off the terminal while local runs print a summary.

/** Runs `run` with structured log lines diverted into `lines` instead of stdout/stderr. */
export function captureStructuredLogs<T>(run: () => Promise<T>, lines: string[] = []): Promise<T> {
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write.bind(stream));
  streams.forEach((stream, i) => {
    stream.write = ((chunk: unknown, ...rest: never[]) => {
      const text = String(chunk);
      if (!text.includes('"severity":')) return writes[i]!(chunk as string, ...rest);
      lines.push(text.trimEnd());
      return true;
    }) as typeof stream.write;
  });
  return run().finally(() => streams.forEach((stream, i) => (stream.write = writes[i]!)));
}
