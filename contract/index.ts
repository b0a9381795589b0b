import type { z } from 'zod';
import { errorBodySchema } from './errors.ts';
import { healthResponseSchema, readyResponseSchema } from './health.ts';

export * from './errors.ts';
export * from './health.ts';
export * from './nhs-number.ts';

/**
 * The API surface, one entry per endpoint: the BFF registers routes from it, the SPA's client
 * parses responses with it, and MSW handlers are typed by it, so the three cannot drift.
 */
export const endpoints = {
  health: {
    method: 'GET',
    path: '/api/health',
    responses: { 200: healthResponseSchema },
  },
  ready: {
    method: 'GET',
    path: '/api/ready',
    responses: { 200: readyResponseSchema, 503: errorBodySchema },
  },
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
export type SuccessBody<E extends EndpointName> = z.infer<Endpoints[E]['responses'][200]>;
