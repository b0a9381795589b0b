import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'cpis_session';

// Script cannot read it, no other site can send it, and it dies with the browser.
const attributes = (request: FastifyRequest) =>
  ({
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.server.config.trustProxy || request.protocol === 'https',
  }) as const;

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, attributes(request));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, attributes(request));
}
