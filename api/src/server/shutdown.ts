import type { Server } from 'node:http';

/**
 * Graceful stop on SIGTERM/SIGINT: stop accepting, close idle keep-alive connections, let requests
 * in flight finish for up to `deadlineMs`, then close whatever is left and exit. A second signal
 * exits at once.
 */
export interface ShutdownOptions {
  deadlineMs: number;
  log: (message: string) => void;
  /** Stops background work (the index watcher) first. */
  beforeClose?: () => void;
  /** Releases what the server held (database connections) once the last connection closed. */
  afterClose?: () => Promise<void>;
  exit?: (code: number) => void;
}

export const gracefulShutdown = (server: Server, options: ShutdownOptions) => {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  return (signal: string): void => {
    if (stopping) {
      options.log(`${signal} again: exiting now.`);
      exit(1);
      return;
    }
    stopping = true;
    options.log(`${signal}: Kildesvar stops accepting connections and finishes requests in flight (up to ${Math.round(options.deadlineMs / 1000)} s).`);
    options.beforeClose?.();
    const timer = setTimeout(() => {
      options.log('Shutdown deadline reached: closing the remaining connections.');
      server.closeAllConnections();
      exit(0);
    }, options.deadlineMs);
    timer.unref();
    server.close(() => {
      void (options.afterClose?.() ?? Promise.resolve())
        .catch((error: unknown) => options.log(`Shutdown: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          clearTimeout(timer);
          exit(0);
        });
    });
    server.closeIdleConnections();
    // Connections that finish their request later become idle; close them as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    sweep.unref();
  };
};
