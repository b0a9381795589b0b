import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/index.ts';
import type { PdsClient, PdsMatch } from './client.ts';
import { traceOnPds, type Tracer } from './trace.ts';

const tracer: Tracer = {
  name: 'Test Receptionist',
  cardId: '555000000901',
  role: 'registration',
  roleId: 'test-registration',
  jobRoleCode: 'R8008',
  jobRoleName: 'Receptionist',
  organisation: { code: 'RX901', name: 'Test Hospital ED' },
  settingType: 'emergency-department',
};
const match = (nhsNumber: string, overrides: Partial<PdsMatch> = {}): PdsMatch => ({
  nhsNumber,
  familyName: 'Smith',
  givenName: 'Oliver',
  gender: 'male',
  dateOfBirth: '2018-05-01',
  postcode: 'B12 0AA',
  security: 'U',
  score: 1,
  ...overrides,
});
/** A PDS that answers whatever the test says, whatever a real one would. */
const pdsAnswering = (matches: PdsMatch[]): PdsClient => ({
  search: async () => ({ outcome: 'matches', matches }),
  read: async () => ({ outcome: 'not-found' }),
});

describe('traceOnPds, whatever PDS sends', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ engine: 'pglite', dir: 'memory' });
  });
  afterAll(() => db.close());

  const trace = (pds: PdsClient) =>
    traceOnPds(db, pds, {
      search: { familyName: 'Smith', dateOfBirth: '2018-05-01' },
      tracer,
      now: new Date('2026-11-21T14:30:00Z'),
      requestId: 'req-1',
    });

  it('never passes on a restricted record postcode, nor a redacted record', async () => {
    const answer = await trace(
      pdsAnswering([
        match('9990010048', { security: 'R' }),
        match('9990010056', { security: 'V' }),
        match('9990010064', { security: 'REDACTED' }),
      ]),
    );
    expect(answer.matches.map((m) => [m.nhsNumber, m.restricted, 'postcode' in m])).toEqual([
      ['9990010048', true, false],
      ['9990010056', true, false],
    ]);
  });

  it('answers at most 10 matches', async () => {
    const many = Array.from({ length: 12 }, (_, i) => match(`99900100${String(i).padStart(2, '0')}`));
    const answer = await trace(pdsAnswering(many));
    expect(answer.matches).toHaveLength(10);
    expect(await db.query('SELECT match_count FROM pds_search_audit ORDER BY at DESC LIMIT 1')).toEqual([
      { match_count: 10 },
    ]);
  });
});
