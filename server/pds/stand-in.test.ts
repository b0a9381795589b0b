import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nhsNumberProblem } from '#contract';
import { startPdsStandIn, type PdsStandIn } from '../../stand-ins/pds/server.ts';
import { syntheticChildren } from '../../stand-ins/pds/synthetic.ts';
import { createPdsClient, PdsRequestError, type PdsClient } from './client.ts';

/** The client against the stand-in over HTTP: each trace case the README lists. */
let standIn: PdsStandIn;
let pds: PdsClient;
const seen: IncomingHttpHeaders[] = [];
const caller = { correlationId: 'corr-1', organisationCode: 'RX901', roleId: 'test-registration' };

beforeAll(async () => {
  standIn = await startPdsStandIn({ onRequest: ({ headers }) => seen.push(headers) });
  pds = createPdsClient({ baseUrl: standIn.baseUrl });
});
afterAll(() => standIn.close());

describe('the PDS stand-in', () => {
  it('holds every demo person, the cases and 3,000 seeded children, all valid 999-range numbers', () => {
    expect(standIn.population.all.length).toBe(3030);
    for (const number of [...standIn.population.byNumber.keys(), ...standIn.population.supersededBy.keys()]) {
      expect(number.startsWith('999') && nhsNumberProblem(number) === undefined, number).toBe(true);
    }
    expect(syntheticChildren(14, 5)).toEqual(syntheticChildren(14, 5));
  });

  it('finds a demo child exactly, score 1, by name and date of birth', async () => {
    const result = await pds.search({ familyName: 'Ashdown', givenName: 'Maisie', dateOfBirth: '2019-03-14' }, caller);
    expect(result).toEqual({
      outcome: 'matches',
      matches: [
        {
          nhsNumber: '9990000018',
          familyName: 'Ashdown',
          givenName: 'Maisie',
          gender: 'female',
          dateOfBirth: '2019-03-14',
          postcode: 'B12 9QZ',
          security: 'U',
          score: 1,
        },
      ],
    });
    expect(seen.at(-1)).toMatchObject({ 'x-correlation-id': 'corr-1', 'nhsd-end-user-organisation-ods': 'RX901' });
  });

  it('shows both twins', async () => {
    const result = await pds.search(
      { familyName: 'Brightwell', dateOfBirth: '2020-06-11', postcode: 'LS8 4QJ' },
      caller,
    );
    expect(result.outcome === 'matches' && result.matches.map((m) => m.givenName)).toEqual(['Ava', 'Noah']);
  });

  it('scores a fuzzy match below 1, best first', async () => {
    const result = await pds.search(
      { familyName: 'Thistlewod', givenName: 'Oscar', dateOfBirth: '2016-05-25', fuzzy: true },
      caller,
    );
    expect(result.outcome === 'matches' && result.matches[0]).toMatchObject({ nhsNumber: '9990000077', score: 0.9 });
  });

  it('drops a different given name from a fuzzy search, keeping the close ones', async () => {
    const result = await pds.search(
      { familyName: 'Smith', givenName: 'Olivr', dateOfBirth: '2018-05-01', fuzzy: true },
      caller,
    );
    expect(result.outcome === 'matches' && result.matches.map((m) => [m.givenName, m.score])).toEqual([
      ['Oliver', 0.92],
      ['Oliver', 0.92],
      ['Oliver', 0.92],
    ]);
  });

  it('answers no match with an empty searchset', async () => {
    expect(await pds.search({ familyName: 'Nobody', dateOfBirth: '2019-03-14' }, caller)).toEqual({
      outcome: 'matches',
      matches: [],
    });
  });

  it('answers too many matches past _max-results, and several for a narrower search', async () => {
    expect(await pds.search({ familyName: 'Smith', dateOfBirth: '2018-05-01' }, caller)).toEqual({
      outcome: 'too-many-matches',
    });
    const olivers = await pds.search({ familyName: 'Smith', givenName: 'Oliver', dateOfBirth: '2018-05-01' }, caller);
    expect(olivers.outcome === 'matches' && olivers.matches).toHaveLength(3);
  });

  it('sends a restricted record without address, and never finds it by postcode', async () => {
    const result = await pds.search({ familyName: 'Wolverton', dateOfBirth: '2017-02-08' }, caller);
    expect(result.outcome === 'matches' && result.matches[0]).toMatchObject({ security: 'R' });
    expect(result.outcome === 'matches' && result.matches[0]).not.toHaveProperty('postcode');
    const raw = await fetch(`${standIn.baseUrl}/Patient?family=Wolverton&birthdate=eq2017-02-08`, {
      headers: { 'x-request-id': crypto.randomUUID() },
    });
    const resource = ((await raw.json()) as { entry: { resource: Record<string, unknown> }[] }).entry[0]!.resource;
    expect(Object.keys(resource)).not.toEqual(expect.arrayContaining(['address']));
    expect(resource).not.toHaveProperty('telecom');
    expect(resource).not.toHaveProperty('generalPractitioner');
    const byPostcode = await pds.search(
      { familyName: 'Wolverton', dateOfBirth: '2017-02-08', postcode: 'NG7 2RT' },
      caller,
    );
    expect(byPostcode).toEqual({ outcome: 'matches', matches: [] });
  });

  it('reads a superseded number as the current record, and refuses a redacted one', async () => {
    expect(await pds.read('9990010005', caller)).toMatchObject({
      outcome: 'found',
      superseded: true,
      patient: { nhsNumber: '9990010056', familyName: 'Stanbury' },
    });
    expect(await pds.read('9990010064', caller)).toEqual({ outcome: 'invalidated' });
    expect(await pds.read('9990000999', caller)).toEqual({ outcome: 'not-found' });
  });

  it('refuses a search without a date of birth (400 INVALID_SEARCH_DATA) and a request without X-Request-ID', async () => {
    await expect(pds.search({ familyName: 'Ashdown', dateOfBirth: '' }, caller)).rejects.toEqual(
      new PdsRequestError(400, 'INVALID_SEARCH_DATA'),
    );
    const response = await fetch(`${standIn.baseUrl}/Patient/9990000018`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('MISSING_VALUE');
  });
});
