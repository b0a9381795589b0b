import { describe, expect, it } from 'vitest';
import { lookupFixtures } from '../../../mocks/lookups.ts';
import { announcementOf } from './use-cpis-check.ts';

describe('announcementOf', () => {
  it('tells a screen reader each outcome, and "could not be checked" never as "no information"', () => {
    expect(announcementOf({ kind: 'idle' })).toBe('');
    expect(announcementOf({ kind: 'checking' })).toBe('Checking CP-IS');
    expect(announcementOf({ kind: 'result', lookup: lookupFixtures.twoPlans() })).toBe(
      'CP-IS information found: Child protection plan, Looked after child',
    );
    expect(announcementOf({ kind: 'result', lookup: lookupFixtures.noPlans() })).toBe(
      'No CP-IS information for this NHS number',
    );
    expect(announcementOf({ kind: 'failure', failure: { kind: 'unavailable' } })).toBe('CP-IS could not be checked');
    expect(announcementOf({ kind: 'failure', failure: { kind: 'forbidden' } })).toBe('');
  });
});
