import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPdsClient, PdsRequestError, PdsUnavailableError } from './client.ts';
import { SPINE_ERROR_SYSTEM } from './fhir.ts';

/** A scripted PDS: each test says what it answers; the client's requests are recorded. */
let answer: (url: string) => { status: number; body?: unknown; delayMs?: number };
const received: { url: string; headers: IncomingHttpHeaders }[] = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push({ url: request.url ?? '', headers: request.headers });
    const { status, body, delayMs = 0 } = answer(request.url ?? '');
    setTimeout(() => {
      response.writeHead(status, { 'content-type': 'application/fhir+json' });
      response.end(body === undefined ? '' : JSON.stringify(body));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
});

const caller = { correlationId: 'req-1', organisationCode: 'RX901', roleId: 'test-registration' };
const client = (options: { timeoutMs?: number; token?: string } = {}) =>
  createPdsClient({
    baseUrl: `${origin}/personal-demographics/FHIR/R4/`,
    timeoutMs: options.timeoutMs,
    accessToken: async () => options.token,
  });
const outcome = (code: string) => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'value', details: { coding: [{ system: SPINE_ERROR_SYSTEM, code }] } }],
});
const patient = (id: string, score?: number) => ({
  ...(score === undefined ? {} : { search: { score } }),
  resource: {
    resourceType: 'Patient',
    id,
    name: [{ use: 'usual', family: 'Ashdown', given: ['Maisie'] }],
    gender: 'female',
    birthDate: '2019-03-14',
    address: [{ use: 'home', postalCode: 'B1 1AA' }],
  },
});

describe('the PDS FHIR client', () => {
  it('searches under the base URL path with the PDS headers, a new X-Request-ID each call', async () => {
    answer = () => ({ status: 200, body: { resourceType: 'Bundle', type: 'searchset', total: 0 } });
    const pds = client({ token: 'token-1' });
    const search = { familyName: 'Ashdown', givenName: 'Maisie', dateOfBirth: '2019-03-14', postcode: 'B1 1AA' };
    await pds.search({ ...search, gender: 'female', fuzzy: true }, caller);
    await pds.search(search, caller);
    const [first, second] = received;
    const url = new URL(first!.url, origin);
    expect(url.pathname).toBe('/personal-demographics/FHIR/R4/Patient');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      family: 'Ashdown',
      given: 'Maisie',
      gender: 'female',
      birthdate: 'eq2019-03-14',
      'address-postalcode': 'B1 1AA',
      '_fuzzy-match': 'true',
      '_max-results': '10',
    });
    expect(first!.headers).toMatchObject({
      'x-correlation-id': 'req-1',
      'nhsd-end-user-organisation-ods': 'RX901',
      'nhsd-session-urid': 'test-registration',
      authorization: 'Bearer token-1',
    });
    expect(first!.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.headers['x-request-id']).not.toBe(first!.headers['x-request-id']);
  });

  it('reads a searchset best first, and no match as an empty list', async () => {
    answer = () => ({
      status: 200,
      body: {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [patient('9990000026', 0.9), patient('9990000018', 1)],
      },
    });
    const result = await client().search({ familyName: 'Ashdown', dateOfBirth: '2019-03-14' }, caller);
    expect(result).toMatchObject({
      outcome: 'matches',
      matches: [{ nhsNumber: '9990000018', score: 1 }, { score: 0.9 }],
    });
    answer = () => ({ status: 200, body: { resourceType: 'Bundle', type: 'searchset', total: 0 } });
    expect(await client().search({ familyName: 'X', dateOfBirth: '2019-03-14' }, caller)).toEqual({
      outcome: 'matches',
      matches: [],
    });
  });

  it('reads 200 TOO_MANY_MATCHES as too many, and 400 INVALID_SEARCH_DATA as a refusal', async () => {
    answer = () => ({ status: 200, body: outcome('TOO_MANY_MATCHES') });
    expect(await client().search({ familyName: 'Smith', dateOfBirth: '2019-03-14' }, caller)).toEqual({
      outcome: 'too-many-matches',
    });
    answer = () => ({ status: 400, body: outcome('INVALID_SEARCH_DATA') });
    await expect(client().search({ familyName: 'Smith', dateOfBirth: '2019-03-14' }, caller)).rejects.toEqual(
      new PdsRequestError(400, 'INVALID_SEARCH_DATA'),
    );
  });

  it.each([
    ['a 5xx', { status: 503, body: outcome('SERVICE_UNAVAILABLE') }],
    ['a 429', { status: 429, body: outcome('TOO_MANY_REQUESTS') }],
    ['an answer that is not FHIR', { status: 200, body: { hello: 'world' } }],
    ['no answer in time', { status: 200, body: { resourceType: 'Bundle', type: 'searchset' }, delayMs: 300 }],
  ])('counts %s as PDS unavailable, once, never as no match', async (_, scripted) => {
    answer = () => scripted;
    await expect(
      client({ timeoutMs: 100 }).search({ familyName: 'Smith', dateOfBirth: '2019-03-14' }, caller),
    ).rejects.toBeInstanceOf(PdsUnavailableError);
    expect(received).toHaveLength(1);
  });

  it('counts a closed port as unavailable', async () => {
    const pds = createPdsClient({ baseUrl: 'http://127.0.0.1:1/FHIR/R4' });
    await expect(pds.read('9990000018', caller)).rejects.toBeInstanceOf(PdsUnavailableError);
  });

  it('reads a record, a superseded number (answered under another id), not found and invalidated', async () => {
    answer = (url) =>
      url.endsWith('/9990000018')
        ? { status: 200, body: patient('9990000018').resource }
        : url.endsWith('/9990000026')
          ? { status: 200, body: patient('9990000034').resource }
          : url.endsWith('/9990000042')
            ? { status: 404, body: outcome('INVALIDATED_RESOURCE') }
            : { status: 404, body: outcome('RESOURCE_NOT_FOUND') };
    const pds = client();
    expect(await pds.read('9990000018', caller)).toMatchObject({ outcome: 'found', superseded: false });
    expect(await pds.read('9990000026', caller)).toMatchObject({
      outcome: 'found',
      superseded: true,
      patient: { nhsNumber: '9990000034' },
    });
    expect(await pds.read('9990000042', caller)).toEqual({ outcome: 'invalidated' });
    expect(await pds.read('9990000050', caller)).toEqual({ outcome: 'not-found' });
  });
});
