import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { permissions as allPermissions, visibleWith, type Permission, type Role } from '#contract';
import { systemClock } from '../clock.ts';
import { buildTestApp, useTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { seedStore, validRow } from '../testing/extracts.ts';
import { leakedFields, successSchemaOf } from '../testing/route-matrix.ts';
import { signIn } from '../testing/session.ts';
import { testRoleIds } from '../testing/staff.ts';

/** The table, written out here so that a change to the policy has to change this test too. */
const granted: Record<Role, readonly Permission[]> = {
  registration: ['cpis:lookup', 'pds:trace'],
  clinician: ['cpis:lookup', 'pds:trace', 'cpis:details', 'cpis:visits'],
  'safeguarding-lead': ['cpis:lookup', 'pds:trace', 'cpis:details', 'cpis:visits', 'safeguarding:review'],
  'la-contact-centre': ['la:notifications', 'la:uploads', 'la:directory'],
};

/** A well-formed request for routes that need one to get past validation; others are called bare. */
const sampleRequests: Record<string, Partial<InjectOptions>> = {
  'POST /api/session': { payload: { cardId: '555000000902', passcode: '2468' } },
  // A child with a plan, so that the answer holds every gated field a role might be sent.
  'POST /api/cpis/lookups': { payload: { nhsNumber: '9990000018' } },
  'POST /api/pds/searches': { payload: { familyName: 'Ashdown', dateOfBirth: '2019-03-14' } },
};

type Caller = Role | 'no session';
const callers: Caller[] = ['no session', 'registration', 'clinician', 'safeguarding-lead', 'la-contact-centre'];

describeEachEngine('every API route x every role', (ctx) => {
  // Stand-ins for the routes to come, one per kind of permission, registered like any other.
  const t = useTestApp(ctx, {}, (app) => {
    app.post('/api/test/lookup', { config: { permission: 'cpis:lookup' } }, async () => ({ ok: true }));
    app.get('/api/test/visits', { config: { permission: 'cpis:visits' } }, async () => ({ ok: true }));
    app.get('/api/test/review', { config: { permission: 'safeguarding:review' } }, async () => ({ ok: true }));
    app.get('/api/test/la-notifications', { config: { permission: 'la:notifications' } }, async () => ({ ok: true }));
    app.post('/api/test/la-uploads', { config: { permission: 'la:uploads' } }, async () => ({ ok: true }));
    app.put('/api/test/la-directory', { config: { permission: 'la:directory' } }, async () => ({ ok: true }));
  });

  beforeAll(async () => {
    await seedStore(ctx.db, systemClock, [validRow()]);
  });

  it('walks every registered route, including ones added after this test was written', () => {
    const keys = t.app.auth.routes.map((route) => `${route.method} ${route.url}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'GET /api/ready',
        'POST /api/session',
        'GET /api/session',
        'DELETE /api/session',
        'POST /api/test/lookup',
        'GET /api/test/review',
        'GET /api/test/la-notifications',
        'POST /api/test/la-uploads',
        'PUT /api/test/la-directory',
      ]),
    );
  });

  it.for(callers)('%s: 401 without a session, 403 without the permission, through with it', async (caller) => {
    const permissions = caller === 'no session' ? [] : granted[caller];
    const mismatches: string[] = [];
    for (const route of t.app.auth.routes) {
      const key = `${route.method} ${route.url}`;
      // A fresh session per call: one of the routes is sign-out.
      const cookie = caller === 'no session' ? undefined : await signIn(t.app, testRoleIds[caller]);
      const response = await t.app.inject({
        method: route.method as InjectOptions['method'],
        url: route.url,
        ...sampleRequests[key],
        headers: cookie ? { cookie } : {},
      });
      const expected =
        route.permission === 'public'
          ? 'through'
          : caller === 'no session'
            ? 401
            : route.permission === 'authenticated' || permissions.includes(route.permission)
              ? 'through'
              : 403;
      const status = response.statusCode;
      const through = status !== 401 && status !== 403;
      if (expected === 'through' ? !through : status !== expected) {
        mismatches.push(`${key} (${route.permission}): expected ${expected}, got ${status}`);
      }
      const schema = successSchemaOf(route.method, route.url);
      if (status === 200 && schema && route.method !== 'HEAD') {
        const leaks = leakedFields(response.json(), schema, permissions);
        if (leaks.length > 0) mismatches.push(`${key}: sent ${leaks.join(', ')}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.for(['registration', 'clinician', 'safeguarding-lead', 'la-contact-centre'] as const)(
    '%s: the session lists exactly the permissions of the table',
    async (role) => {
      const cookie = await signIn(t.app, testRoleIds[role]);
      const response = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
      expect(response.json().permissions).toEqual(granted[role]);
    },
  );
});

describe('the permission table', () => {
  it('keeps the health and LA sides apart: no role holds permissions of both', () => {
    for (const [role, held] of Object.entries(granted)) {
      const sides = new Set(held.map((permission) => (permission.startsWith('la:') ? 'la' : 'health')));
      expect(sides.size, role).toBe(1);
    }
    expect(granted['la-contact-centre']).toEqual(allPermissions.filter((permission) => permission.startsWith('la:')));
  });
});

describe('default deny', () => {
  it('refuses to start when an API route declares no permission', async () => {
    const { app, close } = await buildTestApp();
    // As every route module does: a plugin.
    void app.register(async (routes) => {
      routes.get('/api/forgotten', async () => ({ leaked: true }));
    });
    await expect(app.ready()).rejects.toThrow(/GET \/api\/forgotten declares no permission/);
    await close();
  });
});

describe('the forbidden-field check', () => {
  const lookup = z.object({
    indicator: z.boolean(),
    plan: z.object({ type: z.string(), startDate: visibleWith('cpis:details', z.string()) }),
    visits: visibleWith('cpis:visits', z.array(z.object({ at: z.string() }))),
  });

  it('finds a gated field sent to a role without its permission, however deep, even as null', () => {
    const body = { indicator: true, plan: { type: 'cpp', startDate: null }, visits: [] };
    expect(leakedFields(body, lookup, ['cpis:lookup'])).toEqual(['plan.startDate', 'visits']);
    expect(leakedFields(body, lookup, ['cpis:lookup', 'cpis:details', 'cpis:visits'])).toEqual([]);
  });

  it('passes a body where the gated fields are absent', () => {
    expect(leakedFields({ indicator: true, plan: { type: 'cpp' } }, lookup, ['cpis:lookup'])).toEqual([]);
  });
});
