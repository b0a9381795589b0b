import { describe, expect, it } from 'vitest';
import { loggableError, maskDigits } from './errors.ts';

describe('what may go to the log', () => {
  it.each([
    '/api/x/9434765919',
    '/943 476 5919',
    '/?n=943-476-5919',
    '/search/943%20476%205919',
    'lookup for 943.476.5919 failed',
    'card 555000000001',
  ])('masks anything like an NHS number in %j', (text) => {
    expect(maskDigits(text)).toContain('[redacted]');
    expect(maskDigits(text).replace(/\D/g, '').length).toBeLessThan(6);
  });

  it('leaves dates, times and small numbers alone', () => {
    expect(maskDigits('/api/safeguarding/attendances?from=2026-11-01&page=2')).toBe(
      '/api/safeguarding/attendances?from=2026-11-01&page=2',
    );
  });

  it("keeps an error's kind and masked message, never its driver detail", () => {
    const error = Object.assign(new Error('duplicate key 943 476 5919'), {
      code: '23505',
      detail: 'Key (nhs_number)=(9434765919)',
    });
    const logged = loggableError(error);
    expect(logged).toMatchObject({ type: 'Error', code: '23505', message: 'duplicate key [redacted]' });
    expect(JSON.stringify(logged)).not.toMatch(/9434765919|943 476 5919/);
  });
});
