import type { FastifyRequest } from 'fastify';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The guard against cross-site request forgery, on top of SameSite=Strict: a state-changing request
 * must come from the app's own origin (as configured, or the host it was sent to, which covers the
 * dev proxy). Without an Origin header, Sec-Fetch-Site must say same-origin; a client sending
 * neither is not a browser, so it cannot be a victim's browser carrying a cookie.
 */
export function isFromOwnOrigin(request: FastifyRequest, publicOrigin: string): boolean {
  if (!stateChanging.has(request.method)) return true;
  const origin = request.headers.origin;
  if (origin === undefined) {
    const site = request.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin';
  }
  return origin === publicOrigin || origin === `${request.protocol}://${request.host}`;
}
