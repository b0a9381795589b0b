import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('runs on a laptop with no settings at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      database: { engine: 'pglite', dir: '.data/pglite' },
      trustProxy: false,
      // An LA's daily extract: 64 MB, far above the 16 KB any JSON request may be.
      extractBodyLimitBytes: 64 * 1024 * 1024,
      bodyLimitBytes: 16 * 1024,
    });
    expect(loadConfig({ EXTRACT_BODY_LIMIT_BYTES: '1048576' }).extractBodyLimitBytes).toBe(1048576);
  });

  it('uses the PostgreSQL server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://127.0.0.1:5432/test' });
    expect(config.database).toEqual({ engine: 'postgres', url: 'postgres://127.0.0.1:5432/test' });
  });

  it('names the setting that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});

describe('DATABASE_URL', () => {
  it('counts an empty value as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.engine).toBe('pglite');
  });
});

describe('sign-in settings', () => {
  it('default to the demo staff, 15 idle minutes and the origin the BFF listens on', () => {
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' })).toMatchObject({
      staffDirectory: 'data/staff-directory.json',
      sessionIdleMinutes: 15,
      publicOrigin: 'http://0.0.0.0:8080',
    });
    expect(loadConfig({ HOST: '::1' }).publicOrigin).toBe('http://[::1]:3000');
  });

  it('take PUBLIC_ORIGIN as an origin, and refuse values that cannot work', () => {
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://cpis.example.nhs.uk/lookup' }).publicOrigin).toBe(
      'https://cpis.example.nhs.uk',
    );
    expect(() => loadConfig({ PUBLIC_ORIGIN: 'ftp://cpis.example.nhs.uk' })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
  });
});
