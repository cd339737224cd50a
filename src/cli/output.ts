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

export const terminalOutput: CliOutput = {
  result: (text) => console.log(text),
  progress: (text) => console.error(text),
  status: (text) => process.stderr.write(`\r${text}`),
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
