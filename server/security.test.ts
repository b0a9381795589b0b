import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { endpoints, errorBodySchema } from '#contract';
import { buildTestApp, useTestApp } from './testing/app.ts';
import { describeEachEngine } from './testing/engines.ts';
import { signIn } from './testing/session.ts';
import { testRoleIds } from './testing/staff.ts';

type Headers = Record<string, string | string[] | number | undefined>;

/** The CSP as directive -> sources. */
function cspOf(headers: Headers): Map<string, string> {
  const directives = String(headers['content-security-policy'] ?? '')
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name);
  return new Map(directives.map(([name, ...sources]) => [name!, sources.join(' ')]));
}

/** What a page or answer of this app must carry wherever it comes from; the problems found. */
function pageHeaderProblems(headers: Headers): string[] {
  const csp = cspOf(headers);
  const expected: [string, unknown, unknown][] = [
    ["CSP script-src (no 'unsafe-inline', no other host)", csp.get('script-src'), "'self'"],
    ['CSP default-src', csp.get('default-src'), "'self'"],
    ['CSP object-src', csp.get('object-src'), "'none'"],
    ['CSP frame-ancestors', csp.get('frame-ancestors'), "'none'"],
    ["CSP with 'unsafe-' anywhere", [...csp.values()].some((sources) => sources.includes("'unsafe-")), false],
    ['X-Frame-Options', headers['x-frame-options'], 'DENY'],
    ['X-Content-Type-Options', headers['x-content-type-options'], 'nosniff'],
    ['Referrer-Policy', headers['referrer-policy'], 'no-referrer'],
  ];
  return expected
    .filter(([, actual, wanted]) => actual !== wanted)
    .map(([name, actual, wanted]) => `${name}: ${String(actual)}, not ${String(wanted)}`);
}

const apiHeaderProblems = (headers: Headers): string[] => [
  ...pageHeaderProblems(headers),
  ...(headers['cache-control'] === 'no-store' ? [] : [`Cache-Control: ${String(headers['cache-control'])}`]),
];

/** Every registered API route, as a caller with no session and as one with every permission would call it. */
async function callEveryRoute(
  app: FastifyInstance,
  headers: Record<string, string> = {},
): Promise<{ key: string; headers: Headers }[]> {
  const answers = [];
  for (const route of app.auth.routes) {
    // A fresh session per call: one of the routes is sign-out.
    for (const cookie of [undefined, await signIn(app, testRoleIds['safeguarding-lead'])]) {
      const response = await app.inject({
        method: route.method as InjectOptions['method'],
        url: route.url.replace(':id', '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'),
        headers: { ...headers, ...(cookie ? { cookie } : {}) },
      });
      answers.push({
        key: `${route.method} ${route.url} (${cookie ? 'signed in' : 'no session'}): ${response.statusCode}`,
        headers: response.headers,
      });
    }
  }
  return answers;
}

// What the router cannot match as it stands (a broken escape, an over-long id), each with an NHS number in it.
const unroutable = [
  '/api/safeguarding/attendances/9990000018%',
  '/api/safeguarding/attendances/9990000018%E0%A4%A',
  `/api/safeguarding/attendances/9990000018${'0'.repeat(100)}`,
];

/** A built SPA in miniature: the page and a script, served as the real one is. */
function miniatureSpa(): string {
  const spaDir = mkdtempSync(join(tmpdir(), 'cpis-spa-'));
  mkdirSync(join(spaDir, 'assets'));
  writeFileSync(join(spaDir, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(spaDir, 'assets', 'app.js'), 'export {};');
  return spaDir;
}

// Headers do not depend on the engine, but the house runs every BFF suite on each.
describeEachEngine('security headers', (ctx) => {
  const direct = useTestApp(ctx, { spaDir: miniatureSpa() });
  const proxied = useTestApp(ctx, { trustProxy: true });

  it('the SPA: the strict CSP and no framing', async () => {
    for (const url of ['/', '/safeguarding/attendances/x', '/assets/app.js']) {
      const response = await direct.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(pageHeaderProblems(response.headers), url).toEqual([]);
    }
  });

  it('every API answer: no-store, a strict CSP, no framing', async () => {
    const answers = await callEveryRoute(direct.app);
    const called = answers.map(({ key }) => key.split(' (')[0]);
    expect(called).toEqual(
      expect.arrayContaining(Object.values(endpoints).map(({ method, path }) => `${method} ${path}`)),
    );
    const problems = answers.flatMap(({ key, headers }) => apiHeaderProblems(headers).map((p) => `${key}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('answers what the router cannot match like any request: a contract error, the same headers, no echo', async () => {
    for (const url of unroutable) {
      const response = await direct.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBeOneOf([401, 404]);
      errorBodySchema.parse(response.json());
      expect(response.body).not.toContain('9990000018');
      expect(apiHeaderProblems(response.headers), url).toEqual([]);
    }
  });

  it('sends HSTS only on https behind a trusted proxy', async () => {
    const hsts = (answers: { headers: Headers }[]) => [
      ...new Set(answers.map(({ headers }) => headers['strict-transport-security'])),
    ];
    expect(hsts(await callEveryRoute(proxied.app, { 'x-forwarded-proto': 'https' }))).toEqual([
      'max-age=31536000; includeSubDomains',
    ]);
    expect(hsts(await callEveryRoute(proxied.app, { 'x-forwarded-proto': 'http' }))).toEqual([undefined]);
    expect(hsts(await callEveryRoute(proxied.app))).toEqual([undefined]);
    // Without a trusted proxy the header is the client's own claim: no HSTS on its say-so.
    expect(hsts(await callEveryRoute(direct.app, { 'x-forwarded-proto': 'https' }))).toEqual([undefined]);
  });
});

describe('security headers with the store gone', () => {
  it('a 503 from a closed store carries the API headers too', async () => {
    const { app, db, close } = await buildTestApp();
    await app.ready();
    await db.close();
    try {
      const response = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(response.statusCode).toBe(503);
      expect(errorBodySchema.parse(response.json()).error.code).toBe('DATABASE_UNAVAILABLE');
      expect(apiHeaderProblems(response.headers)).toEqual([]);
    } finally {
      await close();
    }
  });
});
