import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import {
  attendanceStatusSchema,
  attendancesResponseSchema,
  errorBodySchema,
  lookupResponseSchema,
  nhsNumberProblem,
  nhsNumberProblemMessages,
  reviewOutcomes,
  reviewRequestSchema,
  reviewResponseSchema,
  roles,
  stripNhsNumber,
  type Role,
} from '#contract';
import { fixedClock } from './clock.ts';
import { useTestApp } from './testing/app.ts';
import { describeEachEngine } from './testing/engines.ts';
import { seedStore, validRow } from './testing/extracts.ts';
import {
  anyText,
  contractViolation,
  fuzzRequests,
  isoDateLike,
  nhsNumberLike,
  type FuzzRequest,
} from './testing/fuzz.ts';
import { permissionsFor } from './auth/policy.ts';
import { signIn } from './testing/session.ts';
import { testRoleIds, testStaff } from './testing/staff.ts';

const today = '2026-11-21';
const clock = fixedClock(`${today}T14:30:00Z`);
// Each has a plan, so generated lookups also find plans, record visits and notify, not only miss.
const flagged = ['9990000018', '9990000026'];
// Generated sign-ins use this card only: locking it out must not lock out the callers' cards.
const twoRoles = testStaff.find((card) => card.roles.length > 1)!;
// About 2,600 requests per engine: under a minute for both on a 2-core machine. FUZZ_SEED replays a failure.
const runs = { anyRequest: 1500, lookup: 500, filters: 300, reviews: 300 };
const seed = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};

// On both engines, as every BFF suite: what each refuses (a NUL in text, year 0) need not be the same.
describeEachEngine('generated requests at every API route', (ctx) => {
  // The per-session lookup limit (tested on its own) would turn most generated lookups into 429s.
  const limits = { lookupRateLimitPerMinute: 1_000_000 };
  const direct = useTestApp(ctx, limits, undefined, { clock });
  const proxied = useTestApp(ctx, { ...limits, trustProxy: true }, undefined, { clock });
  const sessions = new Map<Role, string>();
  let attendanceId = '';

  const startSession = async (role: Role) => sessions.set(role, await signIn(direct.app, testRoleIds[role]));

  const cookieOf = ({ caller, cookie, garbageCookies }: FuzzRequest): string => {
    const session = caller === 'no session' || cookie === 'garbage' || cookie === 'none' ? '' : sessions.get(caller)!;
    const garbage = cookie === 'garbage' || cookie === 'session and garbage' ? garbageCookies : '';
    return [session, garbage].filter(Boolean).join('; ');
  };

  const hints = () => ({
    id: fc.constant(attendanceId),
    cardId: fc.constantFrom(twoRoles.cardId, '555000000000', '55500000090'),
    passcode: fc.constantFrom(twoRoles.passcode, '0000'),
    roleId: fc.constantFrom(...twoRoles.roles.map((role) => role.roleId), 'no-such-role'),
    nhsNumber: nhsNumberLike(flagged),
    outcome: fc.constantFrom(...reviewOutcomes),
    note: fc.oneof(anyText, fc.string({ minLength: 990, maxLength: 1010 })),
    from: isoDateLike(today),
    to: isoDateLike(today),
    status: fc.constantFrom(...attendanceStatusSchema.options),
    page: fc.oneof(
      fc.integer({ min: -2, max: 20_000 }),
      fc.constantFrom('1e3', '0x10', '1.5', 'NaN', 'Infinity', ' 1', '9'.repeat(400)),
    ),
  });

  beforeAll(async () => {
    await seedStore(
      ctx.db,
      clock,
      flagged.map((nhsNumber, i) => validRow({ nhs_number: nhsNumber, la_plan_ref: `REF-${i}` })),
    );
    for (const role of roles) await startSession(role);
    // An attendance at the lead's organisation, so that generated ids include one that exists.
    await direct.app.inject({
      method: 'POST',
      url: '/api/cpis/lookups',
      headers: { cookie: sessions.get('registration')! },
      payload: { nhsNumber: flagged[0] },
    });
    const list = await direct.app.inject({
      method: 'GET',
      url: '/api/safeguarding/attendances',
      headers: { cookie: sessions.get('safeguarding-lead')! },
    });
    attendanceId = attendancesResponseSchema.parse(list.json()).attendances[0]!.id;
  });

  it('answers no request with a 5xx, or with a body outside the contract', { timeout: 120_000 }, async () => {
    const property = fc.asyncProperty(
      fuzzRequests(direct.app.auth.routes, hints(), direct.app.config.publicOrigin),
      fc.boolean(),
      async (request, behindProxy) => {
        const app: FastifyInstance = behindProxy ? proxied.app : direct.app;
        const cookie = cookieOf(request);
        const response = await app.inject({
          method: request.method,
          url: request.url,
          headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
          ...(request.payload !== undefined ? { payload: request.payload } : {}),
        });
        // Signing in again or out ends the caller's session: the next runs need a live one.
        if (request.caller !== 'no session' && request.url.split('?')[0] === '/api/session') {
          await startSession(request.caller);
        }
        expect(contractViolation(request, response), `${request.method} ${request.url}`).toBeUndefined();
      },
    );
    await fc.assert(property, { numRuns: runs.anyRequest, ...seed });

    // Still up, and the store still answers.
    expect((await direct.app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);
  });

  it('answers every NHS-number-like string exactly as the NHS number rules say', { timeout: 60_000 }, async () => {
    const checkers = roles.filter((role) => permissionsFor(role).includes('cpis:lookup'));
    const property = fc.asyncProperty(fc.constantFrom(...checkers), nhsNumberLike(flagged), async (role, nhsNumber) => {
      const response = await direct.app.inject({
        method: 'POST',
        url: '/api/cpis/lookups',
        headers: { cookie: sessions.get(role)! },
        payload: { nhsNumber },
      });
      const problem = nhsNumberProblem(nhsNumber);
      if (nhsNumber.length > 40) {
        expect(response.statusCode).toBe(400);
        expect(errorBodySchema.parse(response.json()).error.code).toBe('INVALID_REQUEST');
      } else if (problem) {
        expect(response.statusCode).toBe(400);
        expect(errorBodySchema.parse(response.json()).error).toEqual({
          code: 'INVALID_NHS_NUMBER',
          message: nhsNumberProblemMessages[problem],
        });
      } else {
        expect(response.statusCode).toBe(200);
        const body = lookupResponseSchema.parse(response.json());
        expect(body.nhsNumber).toBe(stripNhsNumber(nhsNumber));
        expect(body.outcome).toBe(flagged.includes(body.nhsNumber) ? 'plans-found' : 'no-plans');
      }
    });
    await fc.assert(property, { numRuns: runs.lookup, ...seed });
  });

  it('answers any filters on the attendance list with the list or a 400', { timeout: 60_000 }, async () => {
    const { from, to, status, page } = hints();
    const filters = fc.record(
      {
        from: fc.oneof(from, anyText),
        to: fc.oneof(to, anyText),
        status: fc.oneof(status, anyText),
        page: fc.oneof(page, anyText),
      },
      { requiredKeys: [] },
    );
    const property = fc.asyncProperty(filters, async (query) => {
      const search = new URLSearchParams(
        Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
      );
      const response = await direct.app.inject({
        method: 'GET',
        url: `/api/safeguarding/attendances?${search}`,
        headers: { cookie: sessions.get('safeguarding-lead')! },
      });
      if (response.statusCode === 200) {
        expect(attendancesResponseSchema.parse(response.json()).page).toBe(Number(query.page ?? 1));
      } else {
        expect(response.statusCode, response.body).toBe(400);
        expect(['INVALID_REQUEST', 'RANGE_TOO_LARGE']).toContain(errorBodySchema.parse(response.json()).error.code);
      }
    });
    await fc.assert(property, { numRuns: runs.filters, ...seed });
  });

  it('records any valid review as sent, and refuses the rest with a 400', { timeout: 60_000 }, async () => {
    const { outcome, note } = hints();
    const review = fc.record(
      {
        outcome: fc.oneof({ weight: 4, arbitrary: outcome }, anyText),
        note: fc.oneof({ weight: 4, arbitrary: note }, fc.integer()),
      },
      { requiredKeys: [] },
    );
    const property = fc.asyncProperty(review, async (body) => {
      const response = await direct.app.inject({
        method: 'POST',
        url: `/api/safeguarding/attendances/${attendanceId}/review`,
        headers: { cookie: sessions.get('safeguarding-lead')! },
        payload: body,
      });
      const valid = reviewRequestSchema.safeParse(body);
      if (valid.success) {
        expect(response.statusCode, response.body).toBe(200);
        expect(reviewResponseSchema.parse(response.json()).reviews.at(-1)).toMatchObject(valid.data);
      } else {
        expect(response.statusCode, response.body).toBe(400);
        expect(errorBodySchema.parse(response.json()).error.code).toBe('INVALID_REQUEST');
      }
    });
    await fc.assert(property, { numRuns: runs.reviews, ...seed });
  });
});
