// The logging surface domain code is handed (main.ts binds it to the runner commands, the CLI to the
// console). Domain code returns data; only orchestrators and adapters log.
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs fn inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = {
  info() {},
  warning() {},
  debug() {},
  group: (_name, fn) => fn(),
};
