// The ceiling the BFF is measured against: Fastify on this machine answering the lookup route with
// a fixed body, no session, no database, no logging. Started by the bench like the BFF (HOST, PORT).
import Fastify from 'fastify';
import { endpoints, type LookupResponse } from '#contract';

// What a receptionist is shown for a child on one plan: the same size of answer as a real lookup.
const answer: LookupResponse = {
  lookupId: '00000000-0000-4000-8000-000000000000',
  checkedAt: '2026-11-21T09:00:00.000Z',
  nhsNumber: '9990000018',
  outcome: 'plans-found',
  person: { familyName: 'Ashdown', givenName: 'Maisie', dateOfBirth: '2019-03-14' },
  plans: [
    {
      type: 'CPP',
      status: 'active',
      localAuthority: {
        code: 'E08000025',
        name: 'Birmingham City Council',
        officeHoursPhone: '0121 496 0101',
        emergencyDutyPhone: '0121 496 0909',
      },
      dataAsOf: '2026-11-21T06:00:00.000Z',
    },
  ],
};
const app = Fastify({ logger: false });
app.post(endpoints.createLookup.path, async () => answer);
app.get('/api/ready', async () => ({ status: 'ready' }));
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 3200) });
