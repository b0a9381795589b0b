import type * as z from 'zod/mini';
import { errorBodySchema } from './errors.ts';
import { healthResponseSchema, readyResponseSchema } from './health.ts';
import {
  extractReceiptSchema,
  extractRejectedBodySchema,
  laDirectoryEntrySchema,
  laDirectoryRequestSchema,
  notificationActionRequestSchema,
  notificationDetailResponseSchema,
  notificationParamsSchema,
  notificationsQuerySchema,
  notificationsResponseSchema,
  laNotificationSchema,
  uploadsQuerySchema,
  uploadsResponseSchema,
} from './la.ts';
import { lookupRequestSchema, lookupResponseSchema } from './lookup.ts';
import { pdsSearchRequestSchema, pdsSearchResponseSchema } from './pds.ts';
import {
  attendanceDetailResponseSchema,
  attendanceParamsSchema,
  attendancesQuerySchema,
  attendancesResponseSchema,
  reviewRequestSchema,
  reviewResponseSchema,
} from './safeguarding.ts';
import {
  createSessionBadRequestSchema,
  createSessionRequestSchema,
  sessionResponseSchema,
  signedOutResponseSchema,
} from './session.ts';

export * from './bank-holidays.ts';
export * from './england-dates.ts';
export * from './errors.ts';
export * from './gated-fields.ts';
export * from './health.ts';
export * from './la.ts';
export * from './lookup.ts';
export * from './nhs-number.ts';
export * from './numbers.ts';
export * from './pds.ts';
export * from './safeguarding.ts';
export * from './session.ts';

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
  /** Insert the card: sign in under one of its role profiles. */
  createSession: {
    method: 'POST',
    path: '/api/session',
    body: createSessionRequestSchema,
    responses: {
      200: sessionResponseSchema,
      400: createSessionBadRequestSchema,
      401: errorBodySchema,
      403: errorBodySchema,
      423: errorBodySchema,
      429: errorBodySchema,
      503: errorBodySchema,
    },
  },
  getSession: {
    method: 'GET',
    path: '/api/session',
    responses: { 200: sessionResponseSchema, 401: errorBodySchema },
  },
  /** Remove the card. Always succeeds, so a stale session can still be ended. */
  deleteSession: {
    method: 'DELETE',
    path: '/api/session',
    responses: { 200: signedOutResponseSchema, 403: errorBodySchema },
  },
  /** One CP-IS check at registration: an audited act that may record a visit and notify LAs. */
  createLookup: {
    method: 'POST',
    path: '/api/cpis/lookups',
    body: lookupRequestSchema,
    responses: {
      200: lookupResponseSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      413: errorBodySchema,
      429: errorBodySchema,
      503: errorBodySchema,
    },
  },
  /** Trace a child on PDS from name, date of birth, gender and postcode: an audited search, never retried. */
  createPdsSearch: {
    method: 'POST',
    path: '/api/pds/searches',
    body: pdsSearchRequestSchema,
    responses: {
      200: pdsSearchResponseSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      413: errorBodySchema,
      429: errorBodySchema,
      503: errorBodySchema,
    },
  },
  /** The lead's organisation's flagged attendances, newest first, 50 a page. */
  listAttendances: {
    method: 'GET',
    path: '/api/safeguarding/attendances',
    query: attendancesQuerySchema,
    responses: {
      200: attendancesResponseSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      503: errorBodySchema,
    },
  },
  getAttendance: {
    method: 'GET',
    path: '/api/safeguarding/attendances/:id',
    params: attendanceParamsSchema,
    responses: {
      200: attendanceDetailResponseSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      404: errorBodySchema,
      503: errorBodySchema,
    },
  },
  /** Appends a review; reviews are never edited or deleted. */
  createReview: {
    method: 'POST',
    path: '/api/safeguarding/attendances/:id/review',
    params: attendanceParamsSchema,
    body: reviewRequestSchema,
    responses: {
      200: reviewResponseSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      404: errorBodySchema,
      503: errorBodySchema,
    },
  },
  /** The caller's LA's notifications (a contact centre, or the LA's system with its API token). */
  listNotifications: {
    method: 'GET',
    path: '/api/la/notifications',
    query: notificationsQuerySchema,
    responses: {
      200: notificationsResponseSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      503: errorBodySchema,
    },
  },
  getNotification: {
    method: 'GET',
    path: '/api/la/notifications/:id',
    params: notificationParamsSchema,
    responses: {
      200: notificationDetailResponseSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      404: errorBodySchema,
      503: errorBodySchema,
    },
  },
  /** Appends an action; actions are never edited or deleted. */
  createNotificationAction: {
    method: 'POST',
    path: '/api/la/notifications/:id/actions',
    params: notificationParamsSchema,
    body: notificationActionRequestSchema,
    responses: {
      200: laNotificationSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      404: errorBodySchema,
      503: errorBodySchema,
    },
  },
  /** The LA's extract as a text/csv body: the same rules and receipt as `npm run ingest -- extract`. */
  createExtract: {
    method: 'POST',
    path: '/api/la/extracts',
    responses: {
      200: extractReceiptSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      413: errorBodySchema,
      415: errorBodySchema,
      422: extractRejectedBodySchema,
      503: errorBodySchema,
    },
  },
  listUploads: {
    method: 'GET',
    path: '/api/la/uploads',
    query: uploadsQuerySchema,
    responses: {
      200: uploadsResponseSchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      503: errorBodySchema,
    },
  },
  /** The two numbers health staff are shown for this LA (people only, not API tokens). */
  getLaDirectory: {
    method: 'GET',
    path: '/api/la/directory',
    responses: {
      200: laDirectoryEntrySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      404: errorBodySchema,
      503: errorBodySchema,
    },
  },
  updateLaDirectory: {
    method: 'PUT',
    path: '/api/la/directory',
    body: laDirectoryRequestSchema,
    responses: {
      200: laDirectoryEntrySchema,
      400: errorBodySchema,
      401: errorBodySchema,
      403: errorBodySchema,
      404: errorBodySchema,
      413: errorBodySchema,
      503: errorBodySchema,
    },
  },
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
export type SuccessBody<E extends EndpointName> = z.infer<Endpoints[E]['responses'][200]>;
