import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, ApiClientError } from './api-client.ts';

/** A server that never answers: the request ends only when its signal aborts. */
function hangingFetch() {
  return vi.fn(
    (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      }),
  );
}

describe('the API client timeout', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  // Staff at registration cannot wait: after 8 s the check says "could not be checked", never hangs.
  it('gives up on a CP-IS lookup after 8 seconds, not before, as a timeout', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', hangingFetch());
    const outcome = apiRequest('createLookup', { body: { nhsNumber: '9990000018' } }).then(
      () => 'answered',
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(7_999);
    expect(await Promise.race([outcome, Promise.resolve('pending')])).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(ApiClientError);
    expect(error).toMatchObject({ kind: 'timeout' });
  });
});
