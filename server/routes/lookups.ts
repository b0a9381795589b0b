import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  endpoints,
  lookupResponseSchema,
  nhsNumberProblem,
  nhsNumberProblemMessages,
  stripNhsNumber,
  visibleTo,
  type LookupResponse,
} from '#contract';
import { attemptWindow, lookupLimit, overLimit, sessionOf, stateAt, type AuthSession } from '../auth/index.ts';
import { LookupRefusedError, performLookup, type LookupResult } from '../cpis/lookup.ts';
import { ApiError, loggableError } from '../errors.ts';
import { planView, viewerOf, visitView } from './views.ts';

/** Builds the answer for this role: a field the role may not see is left out, not nulled. */
function lookupResponse(result: LookupResult, session: AuthSession): LookupResponse {
  const full: LookupResponse = {
    lookupId: result.lookupId,
    checkedAt: result.checkedAt,
    nhsNumber: result.nhsNumber,
    outcome: result.outcome,
    ...(result.plans[0] ? { person: result.plans[0].person } : {}),
    plans: result.plans.map(planView),
    visits: result.visits.map((visit) => visitView(visit, result.attendanceId)),
  };
  return visibleTo(lookupResponseSchema, full, session.permissions);
}

/** The CP-IS check: one request, one audited act. */
export const lookupRoutes: FastifyPluginAsyncZod = async (app) => {
  const { createLookup } = endpoints;
  const limit = lookupLimit(app);

  app.route({
    method: createLookup.method,
    url: createLookup.path,
    config: { permission: 'cpis:lookup' },
    schema: { body: createLookup.body, response: createLookup.responses },
    handler: async (request, reply) => {
      const problem = nhsNumberProblem(request.body.nhsNumber);
      if (problem) throw new ApiError(400, 'INVALID_NHS_NUMBER', nhsNumberProblemMessages[problem]);
      const session = sessionOf(request);
      const now = app.clock();
      let result: LookupResult;
      try {
        result = await performLookup(app.db, {
          nhsNumber: stripNhsNumber(request.body.nhsNumber),
          viewer: viewerOf(session),
          now,
          windowHours: app.config.attendanceWindowHours,
          // The per-staff-member limit (see lookupLimit), counted in the lookup's own statement.
          attempt: { ...attemptWindow(limit, session.user.cardId, now), max: limit.max },
        });
      } catch (error) {
        if (error instanceof LookupRefusedError) throw overLimit(reply, limit, stateAt(error.attempts, limit, now));
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
