import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endpoints, englandDate } from '#contract';
import { sessionOf } from '../auth/index.ts';
import { ApiError, loggableError } from '../errors.ts';
import { PdsRequestError } from '../pds/index.ts';
import { traceOnPds } from '../pds/trace.ts';
import { lookupRateLimit } from '../auth/index.ts';
import { viewerOf } from './views.ts';

/** Trace a child on PDS: the details go in the body only, never in a URL or a log line. */
export const pdsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { createPdsSearch } = endpoints;

  app.route({
    method: createPdsSearch.method,
    url: createPdsSearch.path,
    config: { permission: 'pds:trace' },
    preHandler: lookupRateLimit(app),
    schema: { body: createPdsSearch.body, response: createPdsSearch.responses },
    handler: async (request) => {
      const now = app.clock();
      if (request.body.dateOfBirth > englandDate(now)) {
        throw new ApiError(400, 'INVALID_REQUEST', 'The body is not valid: check dateOfBirth (it is in the future).');
      }
      const session = sessionOf(request);
      try {
        const answer = await traceOnPds(app.db, app.pds, {
          search: request.body,
          tracer: { ...viewerOf(session), roleId: session.role.roleId },
          now,
          requestId: request.id,
        });
        request.log.info({ outcome: answer.outcome, matches: answer.matches.length }, 'PDS trace');
        return answer;
      } catch (error) {
        if (error instanceof PdsRequestError) {
          request.log.warn({ status: error.status, code: error.code }, 'PDS refused the trace');
          throw new ApiError(
            400,
            'INVALID_REQUEST',
            'PDS cannot search on these details. Check them and search again.',
          );
        }
        // PDS silent, failing or the audit not written: never an answer that could read as "no match".
        request.log.error({ error: loggableError(error) }, 'PDS trace failed');
        throw new ApiError(
          503,
          'PDS_UNAVAILABLE',
          'PDS could not be searched. This does not mean the child is not on PDS: try again, or ask for the NHS number.',
        );
      }
    },
  });
};
