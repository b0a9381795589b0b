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
    '/?n=999_000_0018',
    '/a/999/000/0018',
    '/?n=999%5F000%5F0018',
    '/?n=%39%39%39%30%30%30%30%30%31%38',
    '/?n=%2539%2539%2539%2530%2530%2530%2530%2530%2531%2538',
    '/?n=999%2520000%25200018',
    '{"n":"\\u0039\\u0039\\u0039\\u0030\\u0030\\u0030\\u0030\\u0030\\u0031\\u0038"}',
    '&#57;&#57;&#57;&#48;&#48;&#48;&#48;&#48;&#49;&#56;',
    '\uff19\uff19\uff19\uff10\uff10\uff10\uff10\uff10\uff11\uff18',
    '99 9-0 0_0 .00 1 8',
  ])('masks anything like an NHS number in %j', (text) => {
    expect(maskDigits(text)).toContain('[redacted]');
    expect(maskDigits(text)).not.toMatch(/(\d|%3\d|u003\d|&#\d\d;)(?:\D{0,3}(\d|%3\d|u003\d|&#\d\d;)){5}/u);
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
