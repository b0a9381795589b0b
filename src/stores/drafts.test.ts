import { describe, expect, it } from 'vitest';
import { useDrafts } from './drafts.ts';

describe('drafts', () => {
  it('keeps what each form had typed', () => {
    useDrafts.getState().signedInAs('alex-ed-reception');
    useDrafts.getState().saveDraft('check', { nhsNumber: '943 476' });
    useDrafts.getState().saveDraft('other', { note: 'x' });
    useDrafts.getState().saveDraft('check', { nhsNumber: '943 476 5919' });
    expect(useDrafts.getState().drafts).toEqual({ check: { nhsNumber: '943 476 5919' }, other: { note: 'x' } });
  });

  it('keeps them for the same role signing in again, not for anyone else', () => {
    useDrafts.getState().signedInAs('alex-ed-reception');
    useDrafts.getState().saveDraft('check', { nhsNumber: '943 476' });
    useDrafts.getState().signedInAs('alex-ed-reception');
    expect(useDrafts.getState().drafts).toEqual({ check: { nhsNumber: '943 476' } });
    useDrafts.getState().signedInAs('priya-ed-clinician');
    expect(useDrafts.getState().drafts).toEqual({});
  });

  it('is never written to browser storage', () => {
    useDrafts.getState().signedInAs('alex-ed-reception');
    useDrafts.getState().saveDraft('check', { nhsNumber: '943 476 5919' });
    expect(JSON.stringify({ ...localStorage })).not.toContain('943 476 5919');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('943 476 5919');
  });
});
