import { z } from 'zod';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** Every setting the BFF reads, each with a default that runs on a laptop. README lists them all. */
const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  // Empty counts as unset, so a caller can switch PostgreSQL off for one command.
  DATABASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  SPA_DIR: z.string().min(1).default('dist'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(16 * 1024),
  EXTRACT_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024 * 1024),
  TRUST_PROXY: booleanFromEnv.default(false),
  DEMO_DATA: booleanFromEnv.default(true),
  ATTENDANCE_WINDOW_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  LOOKUP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  STAFF_DIRECTORY: z.string().min(1).default('data/staff-directory.json'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(15),
  CARD_LOCK_MINUTES: z.coerce.number().int().min(1).default(30),
  SIGN_IN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(200),
  PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  PDS_BASE_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url({ protocol: /^https?$/ }).optional()),
  PDS_POPULATION: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
  PDS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  PDS_VERIFY_EXTRACTS: booleanFromEnv.default(true),
});

export type DatabaseConfig = { engine: 'postgres'; url: string } | { engine: 'pglite'; dir: string | 'memory' };

export interface Config {
  host: string;
  port: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  database: DatabaseConfig;
  spaDir: string;
  bodyLimitBytes: number;
  /** The largest LA extract accepted through POST /api/la/extracts (the API's only large body). */
  extractBodyLimitBytes: number;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and send HSTS. */
  trustProxy: boolean;
  /** Load the synthetic demo LAs and plans at start-up when the store is empty. */
  demoData: boolean;
  /** Lookups of one person at one organisation within this many hours are one visit. */
  attendanceWindowHours: number;
  /** CP-IS lookups one session may make in a minute: bulk trawling is the classic misuse. */
  lookupRateLimitPerMinute: number;
  /** The smartcard simulator's staff directory (JSON), until NHS CIS2 replaces it. */
  staffDirectory: string;
  /** A session ends after this many minutes without a request (and after 12 hours in all). */
  sessionIdleMinutes: number;
  /** A card locked by three wrong passcodes in a row unlocks this many minutes later (or by `npm run unlock-card`). */
  cardLockMinutes: number;
  /** Failed sign-ins one client address may make in 15 minutes; then 429 until the window ends. */
  signInFailuresPerAddress: number;
  /** The app's own origin: state-changing API requests from any other site are refused. */
  publicOrigin: string;
  /** The PDS FHIR R4 API; unset, the BFF starts the local PDS stand-in and uses that. */
  pdsBaseUrl?: string;
  /** The stand-in's population (NDJSON FHIR Patients); unset, its default synthetic one. */
  pdsPopulation?: string;
  pdsTimeoutMs: number;
  /** Check each LA extract row's NHS number, family name and date of birth on PDS before applying it. */
  pdsVerifyExtracts: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL ? { engine: 'postgres', url: e.DATABASE_URL } : { engine: 'pglite', dir: e.PGLITE_DIR },
    spaDir: e.SPA_DIR,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    extractBodyLimitBytes: e.EXTRACT_BODY_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    demoData: e.DEMO_DATA,
    attendanceWindowHours: e.ATTENDANCE_WINDOW_HOURS,
    lookupRateLimitPerMinute: e.LOOKUP_RATE_LIMIT_PER_MINUTE,
    staffDirectory: e.STAFF_DIRECTORY,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    cardLockMinutes: e.CARD_LOCK_MINUTES,
    signInFailuresPerAddress: e.SIGN_IN_FAILURES_PER_ADDRESS,
    publicOrigin: new URL(e.PUBLIC_ORIGIN ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`)
      .origin,
    ...(e.PDS_BASE_URL ? { pdsBaseUrl: e.PDS_BASE_URL } : {}),
    ...(e.PDS_POPULATION ? { pdsPopulation: e.PDS_POPULATION } : {}),
    pdsTimeoutMs: e.PDS_TIMEOUT_MS,
    pdsVerifyExtracts: e.PDS_VERIFY_EXTRACTS,
  };
}

/** A configuration for tests: in-memory database, quiet logs, overridable. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent', PGLITE_DIR: 'memory', DEMO_DATA: 'false' }), ...overrides };
}
