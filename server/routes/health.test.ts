import { expect, it } from 'vitest';
import { errorBodySchema, healthResponseSchema, readyResponseSchema } from '#contract';
import { useTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';

describeEachEngine('health and readiness', (ctx) => {
  const t = useTestApp(ctx);

  it('reports the process up', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(healthResponseSchema.parse(response.json())).toEqual({ status: 'ok' });
  });

  it('reports ready with the engine it actually uses', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(200);
    expect(readyResponseSchema.parse(response.json()).database.engine).toBe(ctx.config.engine);
  });

  it('sends no-store on API answers and a strict CSP', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['cache-control']).toBe('no-store');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('answers an unknown API path with a contract 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('NOT_FOUND');
  });
});
