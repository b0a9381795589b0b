import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { loadStaffDirectory, type StaffDirectory } from './auth/index.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/index.ts';
import type { PdsClient } from './pds/index.ts';
import { maskDigits } from './errors.ts';
import { authPlugin } from './plugins/auth.ts';
import { clockPlugin } from './plugins/clock.ts';
import { configPlugin } from './plugins/config.ts';
import { cookiesPlugin } from './plugins/cookies.ts';
import { dbPlugin } from './plugins/db.ts';
import { errorHandlerPlugin } from './plugins/error-handler.ts';
import { pdsPlugin } from './plugins/pds.ts';
import { requestIdPlugin } from './plugins/request-id.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { spaPlugin } from './plugins/spa.ts';
import { storeMaintenancePlugin } from './plugins/store-maintenance.ts';
import { healthRoutes } from './routes/health.ts';
import { laRoutes } from './routes/la.ts';
import { lookupRoutes } from './routes/lookups.ts';
import { pdsRoutes } from './routes/pds.ts';
import { safeguardingRoutes } from './routes/safeguarding.ts';
import { sessionRoutes } from './routes/session.ts';

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
  await app.register(securityHeadersPlugin);
  await app.register(cookiesPlugin);
  await app.register(requestIdPlugin);

  // Layer 2: application services.
  await app.register(configPlugin, { config });
  await app.register(clockPlugin, { clock: deps.clock });
  await app.register(dbPlugin, { db: deps.db });
  await app.register(pdsPlugin, { pds: deps.pds });
  await app.register(errorHandlerPlugin);
  await app.register(authPlugin, { staffDirectory });
  await app.register(storeMaintenancePlugin);

  // Layer 3: routes, then the SPA for everything else.
  await app.register(healthRoutes);
  await app.register(sessionRoutes);
  await app.register(lookupRoutes);
  await app.register(pdsRoutes);
  await app.register(safeguardingRoutes);
  await app.register(laRoutes);
  await app.register(spaPlugin, { spaDir: config.spaDir });

  return app;
}
