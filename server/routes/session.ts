import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endpoints, type SessionResponse } from '#contract';
import { clearSessionCookie, SESSION_COOKIE, sessionOf, setSessionCookie, type AuthSession } from '../auth/index.ts';
import { DatabaseUnavailableError } from '../db/index.ts';
import { ApiError, loggableError } from '../errors.ts';

// Only what the SPA shows or mirrors: not the card number, not the job role code.
const sessionResponse = ({ user, role, permissions, expiresAt }: AuthSession): SessionResponse => ({
  user: { name: user.name },
  role: {
    roleId: role.roleId,
    role: role.role,
    jobRoleName: role.jobRoleName,
    organisation: role.organisation,
    settingType: role.settingType,
  },
  permissions: [...permissions],
  expiresAt,
});

/** Insert the card, check who is signed in, remove the card. */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { createSession, getSession, deleteSession } = endpoints;

  app.route({
    method: createSession.method,
    url: createSession.path,
    config: { permission: 'public' },
    schema: { body: createSession.body, response: createSession.responses },
    handler: async (request, reply) => {
      const card = await app.auth.cardReader.insert(request.body, request.ip).catch((error: unknown) => {
        throw new DatabaseUnavailableError(error);
      });
      switch (card.outcome) {
        case 'throttled':
          reply.header('retry-after', String(card.retryAfterSeconds));
          throw new ApiError(429, 'RATE_LIMITED', 'Too many failed sign-ins from here. Wait, then try again.');
        case 'invalid-credentials':
          throw new ApiError(401, 'INVALID_CREDENTIALS', 'The card number or passcode is not right.');
        case 'locked':
          if (card.justLocked) request.log.warn({ cardId: request.body.cardId }, 'smartcard locked: 3 wrong passcodes');
          throw new ApiError(
            423,
            'CARD_LOCKED',
            `This card is locked for ${app.config.cardLockMinutes} minutes after 3 wrong passcodes. Ask your registration authority if you need it sooner.`,
          );
        case 'role-required':
          return reply.status(400).send({
            error: { code: 'ROLE_REQUIRED', message: 'Choose the role you are working in.' },
            roles: card.roles.map(({ roleId, jobRoleName, organisation }) => ({ roleId, jobRoleName, organisation })),
          });
      }
      // A new sign-in on this browser replaces whatever session it had.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await app.auth.sessions.end(previous);
      const { token, session } = await app.auth.sessions.start(card.card, card.role);
      setSessionCookie(request, reply, token);
      // Not the role id: ids like the demo's can carry a first name, and logs never carry names.
      request.log.info({ role: session.role.role, organisation: session.role.organisation.code }, 'session started');
      return sessionResponse(session);
    },
  });

  app.route({
    method: getSession.method,
    url: getSession.path,
    config: { permission: 'authenticated', keepsSessionAlive: false },
    schema: { response: getSession.responses },
    handler: async (request) => sessionResponse(sessionOf(request)),
  });

  // Public, so that pulling the card always works, even once the session has already ended.
  app.route({
    method: deleteSession.method,
    url: deleteSession.path,
    config: { permission: 'public' },
    schema: { response: deleteSession.responses },
    handler: async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      // The browser forgets the token whatever happens next: a store that is down must not keep a
      // card in the reader. The row then ends at its idle limit, with no one holding its token.
      clearSessionCookie(request, reply);
      if (token) {
        await app.auth.sessions.end(token).catch((error: unknown) => {
          request.log.error({ error: loggableError(error) }, 'could not delete an ended session');
        });
      }
      return { status: 'signed-out' as const };
    },
  });
};
