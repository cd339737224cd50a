/**
 * Where a command writes, passed in so that tests collect the lines instead of spying on the
 * console. The only place in `src/` that prints: library code takes a logger or effects instead.
 */
export interface CliOutput {
  /** What the user asked for (standard output): a summary, a listing, JSON, a one-time password. */
  result(text: string): void;
  /** Progress and notices along the way (standard error), so results can be piped on their own. */
  progress(text: string): void;
  /** A progress count that the next one overwrites in place (standard error, no newline); `progress('')` ends it. */
  status(text: string): void;
  /** What went wrong and what to do about it (standard error). */
  error(text: string): void;
}

/**
 * Seconds between status lines when standard error is a log or a pipe, not a terminal:
 * ZICHT_STATUS_SECONDS, default 10; 0 writes every update.
 */
const loggedStatusEvery = (() => {
  const seconds = Number(process.env.ZICHT_STATUS_SECONDS ?? 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 10;
})();

/**
 * A status that overwrites itself on a terminal; into a log or a pipe, where `\r` would pile a
 * hundred updates onto one line, a line of its own at most every ten seconds.
 */
export function statusWriter(
  stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>,
  now: () => number = Date.now,
  every = loggedStatusEvery,
): (text: string) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (text) => {
    if (stream.isTTY) {
      stream.write(`\r${text}`);
      return;
    }
    // a status of blanks only wipes the terminal line
    if (text.trim() === '' || now() - last < every * 1000) return;
    last = now();
    stream.write(`${text.trim()}\n`);
  };
}

export const terminalOutput: CliOutput = {
  result: (text) => console.log(text),
  progress: (text) => {
    // a status line on a terminal is ended by progress(''); into a log there is nothing to end
    if (text === '' && !process.stderr.isTTY) return;
    console.error(text);
  },
  status: statusWriter(process.stderr),
  error: (text) => console.error(text),
};

/** Output kept in arrays, for tests. */
export function collectedOutput(): CliOutput & {
  readonly results: string[];
  readonly progressLines: string[];
  readonly errors: string[];
} {
  const results: string[] = [];
  const progressLines: string[] = [];
  const errors: string[] = [];
  return {
    results,
    progressLines,
    errors,
    result: (text) => results.push(text),
    progress: (text) => progressLines.push(text),
    status: () => {},
    error: (text) => errors.push(text),
  };
}
