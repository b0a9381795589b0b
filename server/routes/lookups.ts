import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endpoints, nhsNumberProblem, nhsNumberProblemMessages, stripNhsNumber, type LookupResponse } from '#contract';
import { sessionOf, type AuthSession } from '../auth/index.ts';
import { performLookup, type LookupResult } from '../cpis/lookup.ts';
import { ApiError, loggableError } from '../errors.ts';
import { lookupRateLimit } from './lookup-rate-limit.ts';
import { planView, viewerOf, visitView } from './views.ts';

/** Builds the answer for this role: a field the role may not see is left out, not nulled. */
function lookupResponse(result: LookupResult, session: AuthSession): LookupResponse {
  return {
    lookupId: result.lookupId,
    checkedAt: result.checkedAt,
    nhsNumber: result.nhsNumber,
    outcome: result.outcome,
    ...(result.plans[0] ? { person: result.plans[0].person } : {}),
    plans: result.plans.map((plan) => planView(plan, session.permissions)),
    ...(session.permissions.includes('cpis:visits') ? { visits: result.visits.map(visitView) } : {}),
  };
}

/** The CP-IS check: one request, one audited act. */
export const lookupRoutes: FastifyPluginAsyncZod = async (app) => {
  const { createLookup } = endpoints;

  app.route({
    method: createLookup.method,
    url: createLookup.path,
    config: { permission: 'cpis:lookup' },
    preHandler: lookupRateLimit(app),
    schema: { body: createLookup.body, response: createLookup.responses },
    handler: async (request) => {
      const problem = nhsNumberProblem(request.body.nhsNumber);
      if (problem) throw new ApiError(400, 'INVALID_NHS_NUMBER', nhsNumberProblemMessages[problem]);
      const session = sessionOf(request);
      let result: LookupResult;
      try {
        result = await performLookup(app.db, {
          nhsNumber: stripNhsNumber(request.body.nhsNumber),
          viewer: viewerOf(session),
          now: app.clock(),
          windowHours: app.config.attendanceWindowHours,
        });
      } catch (error) {
        // Never "no plans" unless the store was read: any failure to read or audit is unavailability.
        request.log.error({ error: loggableError(error) }, 'CP-IS lookup failed');
        throw new ApiError(
          503,
          'CPIS_UNAVAILABLE',
          'CP-IS could not be checked. Follow your local safeguarding procedure, then try again.',
        );
      }
      request.log.info(
        { lookupId: result.lookupId, outcome: result.outcome, newVisit: result.newVisit },
        'CP-IS lookup',
      );
      return lookupResponse(result, session);
    },
  });
};
