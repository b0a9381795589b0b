import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { loadStaffDirectory, registerAuth, type StaffDirectory } from './auth/index.ts';
import { systemClock, type Clock } from './clock.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/index.ts';
import { registerErrorHandler } from './error-handler.ts';
import { maskDigits } from './errors.ts';
import { connectPds, type PdsClient } from './pds/index.ts';
import { healthRoutes } from './routes/health.ts';
import { lookupRoutes } from './routes/lookups.ts';
import { pdsRoutes } from './routes/pds.ts';
import { safeguardingRoutes } from './routes/safeguarding.ts';
import { sessionRoutes } from './routes/session.ts';
import { registerSecurity } from './security.ts';
import { registerSpa } from './spa.ts';
import { startStoreMaintenance } from './store-maintenance.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
    clock: Clock;
    pds: PdsClient;
  }
}

/**
 * A URL with a stray or broken escape ("/api/x/%") would get Fastify's own answer, which skips every
 * hook and echoes the path. Taken literally instead, it is routed and answered like any other.
 */
function decodableUrl(url: string): string {
  try {
    decodeURI(url);
    return url;
  } catch {
    return url.replaceAll('%', '%25');
  }
}

export interface AppDependencies {
  /** An already-open database (tests share one per file); otherwise the app opens and closes its own. */
  db?: Database;
  /** The time source (tests pass a fixed clock). */
  clock?: Clock;
  /** Where log lines go (tests read them); stdout otherwise. */
  logStream?: NodeJS.WritableStream;
  /** The smartcard simulator's staff (tests pass their own); otherwise read from config.staffDirectory. */
  staffDirectory?: StaffDirectory;
  /** A PDS client (tests point one at their own server); otherwise PDS_BASE_URL or the local stand-in. */
  pds?: PdsClient;
}

/** Builds the BFF in layers: external plugins, then app services, then routes, then the SPA. */
export async function buildApp(config: Config, deps: AppDependencies = {}): Promise<FastifyInstance> {
  // First: a malformed directory must stop start-up before anything is opened.
  const staffDirectory = deps.staffDirectory ?? loadStaffDirectory(config.staffDirectory);
  const app = Fastify({
    logger: {
      level: config.logLevel,
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, url: maskDigits(req.url) }),
      },
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    genReqId: () => randomUUID(),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    rewriteUrl: (request) => decodableUrl(request.url ?? '/'),
    routerOptions: {
      ignoreTrailingSlash: true,
      // Unset, an over-long path part goes to the 404 handler like any unknown path. Fastify's own
      // answer skips every hook (no security headers) and echoes the path, NHS number and all.
      onMaxParamLength: undefined,
    },
  }).withTypeProvider<ZodTypeProvider>();
  // The API speaks JSON only; anything else is 415, not a string handed to a route.
  app.removeContentTypeParser(['text/plain']);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Layer 1: external concerns.
  await registerSecurity(app);
  await app.register(fastifyCookie);
  // Limits are set per route (lookups, per session); nothing is limited unless it says so.
  await app.register(rateLimit, { global: false });
  // The id a user can quote to support, and the key to this request's log lines.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Layer 2: application services.
  const db = deps.db ?? (await openDatabase(config.database));
  app.decorate('db', db);
  app.decorate('config', config);
  app.decorate('clock', deps.clock ?? systemClock);
  if (!deps.db) app.addHook('onClose', () => db.close());
  if (deps.pds) {
    app.decorate('pds', deps.pds);
  } else {
    const pds = await connectPds(config);
    app.decorate('pds', pds.client);
    app.addHook('onClose', () => pds.close());
    app.log.info(
      pds.standIn ? 'PDS: the local stand-in (PDS_BASE_URL is unset)' : `PDS: ${new URL(pds.baseUrl).origin}`,
    );
  }
  registerErrorHandler(app);
  registerAuth(app, staffDirectory);
  await startStoreMaintenance(app);

  // Layer 3: routes, then the SPA for everything else.
  await app.register(healthRoutes);
  await app.register(sessionRoutes);
  await app.register(lookupRoutes);
  await app.register(pdsRoutes);
  await app.register(safeguardingRoutes);
  await registerSpa(app, config.spaDir);

  return app;
}
