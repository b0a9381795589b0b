import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorBodySchema, pdsSearchResponseSchema } from '#contract';
import { startPdsStandIn, type PdsStandIn } from '../../stand-ins/pds/server.ts';
import { fixedClock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/index.ts';
import { buildTestApp, type OwnTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { signIn } from '../testing/session.ts';

const clock = fixedClock('2026-11-21T14:30:00Z');
const logLines: string[] = [];
const logStream = new Writable({
  write: (chunk, _, done) => {
    logLines.push(String(chunk));
    done();
  },
});

/** An app with its log read by the test: on the given database, or on a fresh one of its own. */
const ownApp = (overrides: Partial<Config>, db?: Database): Promise<OwnTestApp> =>
  buildTestApp({ logLevel: 'info', ...overrides }, { clock, logStream, ...(db ? { db } : {}) });

const trace = (app: FastifyInstance, cookie: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/pds/searches', headers: { cookie }, payload });

describeEachEngine('POST /api/pds/searches, against the PDS stand-in over HTTP', (ctx) => {
  let standIn: PdsStandIn;
  let app: FastifyInstance;
  let cookie: string;
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    standIn = await startPdsStandIn({ onRequest: (request) => seen.push(request) });
    ({ app } = await ownApp({ pdsBaseUrl: standIn.baseUrl }, ctx.db));
    cookie = await signIn(app, 'test-registration');
  });
  afterAll(async () => {
    await app?.close();
    await standIn?.close();
  });
  beforeEach(async () => {
    seen.length = 0;
    await ctx.db.exec('DELETE FROM pds_search_audit');
  });

  it('finds a demo child, sending PDS the headers it needs, and audits who searched, not for whom', async () => {
    const response = await trace(app, cookie, {
      familyName: 'Ashdown',
      givenName: 'Maisie',
      dateOfBirth: '2019-03-14',
    });
    expect(response.statusCode).toBe(200);
    expect(pdsSearchResponseSchema.parse(response.json())).toEqual({
      outcome: 'matches',
      matches: [
        {
          nhsNumber: '9990000018',
          score: 1,
          familyName: 'Ashdown',
          givenName: 'Maisie',
          gender: 'female',
          dateOfBirth: '2019-03-14',
          postcode: 'B12 9QZ',
          restricted: false,
        },
      ],
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.path).toBe('/personal-demographics/FHIR/R4/Patient');
    expect(seen[0]!.headers).toMatchObject({
      'x-correlation-id': response.headers['x-request-id'],
      'nhsd-end-user-organisation-ods': 'RX901',
      'nhsd-session-urid': 'test-registration',
    });
    expect(seen[0]!.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const audit = await ctx.db.query<Record<string, unknown>>('SELECT * FROM pds_search_audit');
    expect(audit).toEqual([
      expect.objectContaining({
        outcome: 'matches',
        match_count: 1,
        role: 'registration',
        role_id: 'test-registration',
        organisation_code: 'RX901',
      }),
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Ashdown|Maisie|2019-03-14|9990000018/);
  });

  it('shows both twins, best first', async () => {
    const body = pdsSearchResponseSchema.parse(
      (await trace(app, cookie, { familyName: 'Brightwell', dateOfBirth: '2020-06-11', postcode: 'LS8 4QJ' })).json(),
    );
    expect(body.matches.map((match) => match.givenName)).toEqual(['Ava', 'Noah']);
  });

  it('scores a close spelling below 1 when fuzzy', async () => {
    const body = pdsSearchResponseSchema.parse(
      (await trace(app, cookie, { familyName: 'Thistlewod', dateOfBirth: '2016-05-25', fuzzy: true })).json(),
    );
    expect(body.matches[0]).toMatchObject({ nhsNumber: '9990000077', familyName: 'Thistlewood' });
    expect(body.matches[0]!.score).toBeLessThan(1);
  });

  it('answers no-match and too-many-matches, each audited with its count', async () => {
    expect((await trace(app, cookie, { familyName: 'Nobody', dateOfBirth: '2019-03-14' })).json()).toEqual({
      outcome: 'no-match',
      matches: [],
    });
    expect((await trace(app, cookie, { familyName: 'Smith', dateOfBirth: '2018-05-01' })).json()).toEqual({
      outcome: 'too-many-matches',
      matches: [],
    });
    expect(await ctx.db.query('SELECT outcome, match_count FROM pds_search_audit ORDER BY outcome')).toEqual([
      { outcome: 'no-match', match_count: 0 },
      { outcome: 'too-many-matches', match_count: 0 },
    ]);
  });

  it('sends a restricted record without its postcode', async () => {
    const body = pdsSearchResponseSchema.parse(
      (await trace(app, cookie, { familyName: 'Wolverton', givenName: 'Ellie', dateOfBirth: '2017-02-08' })).json(),
    );
    expect(body.matches).toEqual([expect.objectContaining({ restricted: true })]);
    expect(body.matches[0]).not.toHaveProperty('postcode');
  });

  it('never offers a superseded or redacted number in a trace', async () => {
    const stanbury = pdsSearchResponseSchema.parse(
      (await trace(app, cookie, { familyName: 'Stanbury', dateOfBirth: '2019-09-30' })).json(),
    );
    expect(stanbury.matches.map((match) => match.nhsNumber)).toEqual(['9990010056']);
    expect((await trace(app, cookie, { familyName: 'Redmayne', dateOfBirth: '2016-03-03' })).json()).toMatchObject({
      outcome: 'no-match',
    });
  });

  it.each([
    [{ dateOfBirth: '2019-03-14' }, ['familyName']],
    [{ familyName: 'Ashdown' }, ['dateOfBirth']],
    [
      { familyName: 'Ash<down>', dateOfBirth: '14/03/2019', gender: 'boy', postcode: 'nowhere' },
      ['familyName', 'dateOfBirth', 'gender', 'postcode'],
    ],
    [{ familyName: 'Ashdown', dateOfBirth: '2027-01-01' }, ['dateOfBirth']],
  ])(
    'refuses %j with 400 INVALID_REQUEST naming %j, without asking PDS or echoing a value',
    async (payload, fields) => {
      const response = await trace(app, cookie, payload);
      expect(response.statusCode).toBe(400);
      const { error } = errorBodySchema.parse(response.json());
      expect(error.code).toBe('INVALID_REQUEST');
      for (const field of fields) expect(error.message).toContain(field);
      expect(error.message).not.toMatch(/Ash|2019|2027|nowhere|boy/);
      expect(seen).toHaveLength(0);
    },
  );

  it('is for roles with pds:trace: no session is 401', async () => {
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/pds/searches',
      payload: { familyName: 'Ashdown', dateOfBirth: '2019-03-14' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('when PDS fails', () => {
  let failing: Server;
  let failingUrl: string;

  beforeAll(async () => {
    failing = createServer((_, response) => {
      response.writeHead(500, { 'content-type': 'application/fhir+json' });
      response.end('{}');
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    failingUrl = `http://127.0.0.1:${(failing.address() as AddressInfo).port}/FHIR/R4`;
  });
  afterAll(async () => {
    await new Promise((resolve) => failing.close(resolve));
  });

  it.each([
    ['does not answer', 'http://127.0.0.1:1/FHIR/R4'],
    ['answers 500', ''],
  ])('answers 503 PDS_UNAVAILABLE when PDS %s, never no-match, audited, no demographic logged', async (_, url) => {
    logLines.length = 0;
    const { app, db, close } = await ownApp({ pdsBaseUrl: url || failingUrl });
    const cookie = await signIn(app, 'test-clinician');
    const response = await trace(app, cookie, {
      familyName: 'Ashdown',
      givenName: 'Maisie',
      dateOfBirth: '2019-03-14',
      postcode: 'B12 9QZ',
    });
    expect(response.statusCode).toBe(503);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('PDS_UNAVAILABLE');
    expect(await db.query('SELECT outcome, role FROM pds_search_audit')).toEqual([
      { outcome: 'pds-unavailable', role: 'clinician' },
    ]);
    expect(logLines.join('')).toContain('PDS trace failed');
    expect(logLines.join('')).not.toMatch(/Ashdown|Maisie|2019-03-14|B12/);
    await close();
  });
});

describe('the shared lookup rate limit', () => {
  it('counts traces and CP-IS checks against one budget per staff member', async () => {
    const { app, close } = await ownApp({ lookupRateLimitPerMinute: 2 });
    const cookie = await signIn(app, 'test-registration');
    const lookup = await app.inject({
      method: 'POST',
      url: '/api/cpis/lookups',
      headers: { cookie },
      payload: { nhsNumber: '9990000018' },
    });
    expect(lookup.statusCode).toBe(200);
    const search = { familyName: 'Ashdown', dateOfBirth: '2019-03-14' };
    expect((await trace(app, cookie, search)).statusCode).toBe(200);
    const refused = await trace(app, cookie, search);
    expect(refused.statusCode).toBe(429);
    expect(errorBodySchema.parse(refused.json()).error.code).toBe('RATE_LIMITED');
    await close();
  });
});
