import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endpoints, LA_PAGE_SIZE, type ExtractReceipt } from '#contract';
import { bearerTokenOf, sessionOf } from '../auth/index.ts';
import { DatabaseUnavailableError } from '../db/index.ts';
import { ApiError, loggableError } from '../errors.ts';
import { IngestFileError } from '../ingest/csv.ts';
import { ingestCaller, PdsVerificationUnavailableError } from '../ingest/pds-verification.ts';
import type { LaCaller } from '../la/caller.ts';
import { findDirectoryEntry, updateDirectoryEntry } from '../la/directory.ts';
import { actOnNotification, listInbox, openNotification } from '../la/notifications.ts';
import { useLaToken } from '../la/tokens.ts';
import { ExtractTooLargeError, limitedBody, listUploads, receiveExtract } from '../la/uploads.ts';
import { planView, visitView } from './views.ts';

// Another LA's notification answers exactly as a made-up id does: ids reveal nothing.
const notFound = () => new ApiError(404, 'NOT_FOUND', 'There is no such notification for your local authority.');

/** The person in the LA's contact centre behind a session route. */
function personOf(request: FastifyRequest): LaCaller {
  const session = sessionOf(request);
  return {
    laCode: session.role.organisation.code,
    kind: 'person',
    name: session.user.name,
    ref: session.user.cardId,
  };
}

/** The local authority's side: its inbox, its contact numbers. Everything is scoped to the caller's LA. */
export const laRoutes: FastifyPluginAsyncZod = async (app) => {
  const {
    listNotifications: list,
    getNotification,
    createNotificationAction,
    createExtract,
    listUploads: uploads,
    getLaDirectory,
    updateLaDirectory,
  } = endpoints;
  const extractLimit = app.config.extractBodyLimitBytes;
  const verifyOnPds = app.config.pdsVerifyExtracts;
  if (!verifyOnPds) {
    app.log.warn(
      'PDS_VERIFY_EXTRACTS=false: NHS numbers in uploaded extracts are NOT checked on PDS. A mistyped number would flag the wrong child. For test installs only.',
    );
  }

  // An extract is handed over as the raw stream: the route reads it against its own limit, not the
  // API's 16 KB for JSON. Only in this plugin: nowhere else accepts text/csv.
  app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));

  // An LA system's bearer token, on the routes that accept one (not the directory: people only).
  // The auth plugin let such a request through without a session; here it must prove itself.
  const tokenCallers = new WeakMap<FastifyRequest, LaCaller>();
  app.addHook('onRequest', async (request) => {
    const bearer = bearerTokenOf(request);
    if (bearer === undefined || !request.routeOptions.config.acceptsLaToken) return;
    const token = await useLaToken(app.db, app.clock, bearer).catch((error: unknown) => {
      throw new DatabaseUnavailableError(error);
    });
    if (!token) throw new ApiError(401, 'UNAUTHENTICATED', 'The API token is not valid, or it has been revoked.');
    tokenCallers.set(request, { laCode: token.laCode, kind: 'token', name: token.label, ref: `token:${token.id}` });
  });
  const callerOf = (request: FastifyRequest): LaCaller => tokenCallers.get(request) ?? personOf(request);

  app.route({
    method: list.method,
    url: list.path,
    config: { permission: 'la:notifications', acceptsLaToken: true },
    schema: { querystring: list.query, response: list.responses },
    handler: async (request) => listInbox(app.db, { ...request.query, caller: callerOf(request), now: app.clock() }),
  });

  app.route({
    method: getNotification.method,
    url: getNotification.path,
    config: { permission: 'la:notifications', acceptsLaToken: true },
    schema: { params: getNotification.params, response: getNotification.responses },
    handler: async (request) => {
      const opened = await openNotification(app.db, {
        id: request.params.id,
        caller: callerOf(request),
        now: app.clock(),
      });
      if (!opened) throw notFound();
      return {
        notification: opened.notification,
        plans: opened.plans.map(planView),
        visits: opened.visits.map((visit) => visitView(visit, opened.notification.visitId)),
      };
    },
  });

  app.route({
    method: createNotificationAction.method,
    url: createNotificationAction.path,
    config: { permission: 'la:notifications', acceptsLaToken: true },
    schema: {
      params: createNotificationAction.params,
      body: createNotificationAction.body,
      response: createNotificationAction.responses,
    },
    handler: async (request) => {
      const notification = await actOnNotification(app.db, {
        ...request.body,
        id: request.params.id,
        caller: callerOf(request),
        now: app.clock(),
      });
      if (!notification) throw notFound();
      request.log.info({ action: request.body.action }, 'LA notification action recorded');
      return notification;
    },
  });

  app.route({
    method: createExtract.method,
    url: createExtract.path,
    config: { permission: 'la:uploads', acceptsLaToken: true },
    bodyLimit: extractLimit,
    schema: { response: createExtract.responses },
    handler: async (request, reply) => {
      const caller = callerOf(request);
      if (!(request.body instanceof Readable)) {
        throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the extract as a text/csv body.');
      }
      const declared = Number(request.headers['content-length']);
      let receipt: ExtractReceipt;
      try {
        const body = limitedBody(request.body, extractLimit, Number.isFinite(declared) ? declared : undefined);
        receipt = await receiveExtract(app.db, app.clock, body, {
          laCode: caller.laCode,
          by: { kind: caller.kind, name: caller.name },
          // As `npm run ingest -- extract` does: every row checked on PDS, as the CP-IS service.
          ...(verifyOnPds ? { pdsVerification: { pds: app.pds, caller: ingestCaller() } } : {}),
        });
      } catch (error) {
        // Never applied unverified: the whole file waits until PDS answers.
        if (error instanceof PdsVerificationUnavailableError) {
          request.log.error({ error: loggableError(error) }, 'PDS could not verify an LA extract');
          throw new ApiError(
            503,
            'PDS_UNAVAILABLE',
            'PDS could not be reached to check the NHS numbers, so nothing was applied. Send the file again later.',
          );
        }
        if (error instanceof ExtractTooLargeError) {
          throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `An extract may be up to ${extractLimit} bytes.`);
        }
        if (error instanceof IngestFileError) throw new ApiError(400, 'INVALID_REQUEST', error.message);
        throw error;
      }
      request.log.info({ rows: receipt.rows }, 'LA extract received');
      if (receipt.rows.applied === 0 && receipt.rows.rejected > 0) {
        return reply.code(422).send({
          error: { code: 'EXTRACT_REJECTED', message: 'No row was applied: every row was rejected.' },
          receipt,
        });
      }
      return receipt;
    },
  });

  app.route({
    method: uploads.method,
    url: uploads.path,
    config: { permission: 'la:uploads', acceptsLaToken: true },
    schema: { querystring: uploads.query, response: uploads.responses },
    handler: async (request) => {
      const { page } = request.query;
      const listed = await listUploads(app.db, { laCode: callerOf(request).laCode, page, pageSize: LA_PAGE_SIZE });
      return { ...listed, page };
    },
  });

  app.route({
    method: getLaDirectory.method,
    url: getLaDirectory.path,
    config: { permission: 'la:directory' },
    schema: { response: getLaDirectory.responses },
    handler: async (request) => {
      const entry = await findDirectoryEntry(app.db, personOf(request).laCode);
      if (!entry) throw new ApiError(404, 'NOT_FOUND', 'Your local authority is not in the CP-IS directory yet.');
      return entry;
    },
  });

  app.route({
    method: updateLaDirectory.method,
    url: updateLaDirectory.path,
    config: { permission: 'la:directory' },
    schema: { body: updateLaDirectory.body, response: updateLaDirectory.responses },
    handler: async (request) => {
      const session = sessionOf(request);
      const entry = await updateDirectoryEntry(app.db, {
        ...request.body,
        laCode: session.role.organisation.code,
        by: { name: session.user.name, cardId: session.user.cardId },
        at: app.clock().toISOString(),
      });
      if (!entry) throw new ApiError(404, 'NOT_FOUND', 'Your local authority is not in the CP-IS directory yet.');
      request.log.info('LA contact numbers changed');
      return entry;
    },
  });
};
