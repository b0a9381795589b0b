import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '#contract';
import { buildTestApp, useTestApp } from './testing/app.ts';
import { describeEachEngine } from './testing/engines.ts';

function builtSpa(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpis-spa-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>CP-IS Lookup</title>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'mockServiceWorker.js'), 'self.addEventListener("fetch", () => {})');
  return dir;
}

describeEachEngine('the BFF', (ctx) => {
  const t = useTestApp(ctx, { spaDir: builtSpa(), bodyLimitBytes: 1024 }, (app) => {
    app.post('/api/test/echo', { config: { permission: 'public' } }, async (request) => ({ received: request.body }));
    app.get('/api/test/fault', { config: { permission: 'public' } }, async () => {
      throw new Error('secret internal detail: connection string postgres://user:pw@db');
    });
  });

  it('serves index.html for client-side routes, uncached', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/some/client/route' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>CP-IS Lookup</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it.each(['/assets/app-old999.js', '/assets/app.css', '/assets', '/assets/deep/missing.woff2'])(
    'answers a missing asset %s with 404, never index.html',
    async (url) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('<title>');
    },
  );

  it("never serves the mock API's service worker, even when a build holds it", async () => {
    const response = await t.app.inject({ method: 'GET', url: '/mockServiceWorker.js' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('addEventListener');
  });

  it('never answers an unknown API path with the SPA', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/unknown' });
    expect(response.statusCode).toBe(404);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('NOT_FOUND');
  });

  it('refuses an oversized body with 413 and a contract error', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(2000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"nhsNumber": ',
    });
    expect(response.statusCode).toBe(400);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('INVALID_REQUEST');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(response.statusCode).toBe(415);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('hides internals in a 500 body', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/test/fault' });
    expect(response.statusCode).toBe(500);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('INTERNAL_ERROR');
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('postgres://');
  });

  it('gives every response a request id', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/health' });
    const second = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(first.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
  });
});

describe('readiness when the database is gone', () => {
  it('answers 503 DATABASE_UNAVAILABLE, never ready', async () => {
    const { app, db, close } = await buildTestApp();
    await db.close();
    const response = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(503);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('DATABASE_UNAVAILABLE');
    await close();
  });
});
