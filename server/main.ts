import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { loggableError } from './errors.ts';
import { runtimeDescription } from './runtime.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp(config);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // In-flight requests finish; a stuck close must not keep the process forever.
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ error: loggableError(error) }, 'error while closing');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  // The address actually bound: with PORT=0 the system picks a free port (tests read it from here).
  const address = await app.listen({ host: config.host, port: config.port });
  app.log.info(`CP-IS Lookup is ready on ${address} (database: ${app.db.engine}, runtime: ${runtimeDescription()})`);
}

main().catch((error: unknown) => {
  // A configuration fault is the operator's to fix: say what, without a stack.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('CP-IS Lookup failed to start:', error);
  process.exit(1);
});
