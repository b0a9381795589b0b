import type { FastifyError } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorBody, ErrorCode } from '#contract';
import { DatabaseUnavailableError } from '../db/index.ts';
import { ApiError, loggableError } from '../errors.ts';

const body = (code: ErrorCode, message: string): ErrorBody => ({ error: { code, message } });

/** Fastify's own codes for bad input, each mapped to a contract error a person can act on. */
const frameworkErrors: Record<string, [number, ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_REQUEST', 'The request body length is wrong.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_REQUEST', 'The request body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_REQUEST', 'The request body is not valid JSON.'],
};

function describeValidation(error: FastifyError): string {
  const fields = (error.validation ?? [])
    .map((issue) => issue.instancePath.replace(/^\//, '').replaceAll('/', '.'))
    .filter(Boolean);
  const where = error.validationContext ?? 'request';
  return fields.length > 0
    ? `The ${where} is not valid: check ${[...new Set(fields)].join(', ')}.`
    : `The ${where} is not valid.`;
}

/**
 * The one error handler. Client faults get their contract code; everything else is a 5xx whose
 * body says nothing of internals (the log keeps the detail, tied to the request id).
 */
export const errorHandlerPlugin = fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ApiError) {
        return reply.status(error.statusCode).send(body(error.code, error.message));
      }
      if (error.validation) {
        return reply.status(400).send(body('INVALID_REQUEST', describeValidation(error)));
      }
      const known = error.code ? frameworkErrors[error.code] : undefined;
      if (known) return reply.status(known[0]).send(body(known[1], known[2]));
      if (error.statusCode === 429) {
        return reply.status(429).send(body('RATE_LIMITED', 'Too many requests. Wait a minute, then try again.'));
      }
      if (error instanceof DatabaseUnavailableError) {
        request.log.error({ error: loggableError(error.cause) }, 'database unavailable');
        return reply
          .status(503)
          .send(body('DATABASE_UNAVAILABLE', 'The database is not available. Try again in a moment.'));
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return reply.status(error.statusCode).send(body('INVALID_REQUEST', 'The request could not be understood.'));
      }
      request.log.error({ error: loggableError(error) }, 'unhandled error');
      return reply.status(500).send(body('INTERNAL_ERROR', 'Something went wrong on the server. Try again.'));
    });

    app.setNotFoundHandler((request, reply) => {
      reply.status(404).send(body('NOT_FOUND', `No API route answers ${request.method} at this path.`));
    });
  },
  { name: 'error-handler', fastify: '5.x' },
);
