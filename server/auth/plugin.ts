import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DatabaseUnavailableError } from '../db/index.ts';
import { ApiError } from '../errors.ts';
import { bearerTokenOf } from './bearer.ts';
import { createCardReader, type CardReader } from './card-reader.ts';
import { clearSessionCookie, SESSION_COOKIE } from './cookie.ts';
import type { StaffDirectory } from './directory.ts';
import { isFromOwnOrigin } from './origin.ts';
import { isRoutePermission, type RoutePermission } from './policy.ts';
import { createSessionStore, type AuthSession, type SessionStore } from './sessions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api route: who may call it. */
    permission?: RoutePermission;
    /** False only for the session check itself: asking "am I signed in?" is not activity. */
    keepsSessionAlive?: boolean;
    /** An LA system may call this route with its API token instead; the route's own hook checks it. */
    acceptsLaToken?: boolean;
  }
  interface FastifyRequest {
    /** Set on every route whose permission is not 'public'; read it with sessionOf(request). */
    session: AuthSession | null;
  }
  interface FastifyInstance {
    auth: Auth;
  }
}

export interface ApiRoute {
  method: string;
  url: string;
  permission: RoutePermission;
}

export interface Auth {
  cardReader: CardReader;
  sessions: SessionStore;
  /** Every /api route with what it needs, for the role-matrix test to walk. */
  routes: readonly ApiRoute[];
}

export const isApiPath = (url: string): boolean => url === '/api' || url.startsWith('/api/');

/** The session of a route that declared a permission other than 'public'. */
export function sessionOf(request: FastifyRequest): AuthSession {
  if (!request.session) throw new Error(`${request.method} ${request.url} has no session: is the route public?`);
  return request.session;
}

/**
 * Sign-in and role-gated access for the whole API. Registered before any route, so that every
 * /api route is checked at start-up for a declared permission, and every request against it.
 */
export function registerAuth(app: FastifyInstance, directory: StaffDirectory): void {
  const routes: ApiRoute[] = [];
  const sessions = createSessionStore(app.db, app.clock, app.config.sessionIdleMinutes);
  const cardReader = createCardReader(directory, app.db, app.clock, {
    lockMinutes: app.config.cardLockMinutes,
    failuresPerAddress: app.config.signInFailuresPerAddress,
  });
  app.decorate('auth', { cardReader, sessions, routes });
  app.decorateRequest('session', null);

  app.addHook('onRoute', (route) => {
    if (!isApiPath(route.url)) return;
    const permission = route.config?.permission;
    if (!isRoutePermission(permission)) {
      throw new Error(
        `${String(route.method)} ${route.url} declares no permission: set config.permission to 'public', 'authenticated' or a permission`,
      );
    }
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, permission });
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiPath(request.url)) return;
    // A bearer token travels without a cookie, so the same-origin rule (a guard for cookies) does not
    // apply to it; a browser cannot send one cross-site without a CORS preflight, which this API never allows.
    if (request.routeOptions.config.acceptsLaToken && bearerTokenOf(request) !== undefined) return;
    if (!isFromOwnOrigin(request, app.config.publicOrigin)) {
      throw new ApiError(403, 'FORBIDDEN', 'Requests from another site are refused.');
    }
    const { permission, keepsSessionAlive = true } = request.routeOptions.config;
    // No permission here means no route matched: the 404 handler answers.
    if (permission === undefined || permission === 'public') return;

    const token = request.cookies[SESSION_COOKIE];
    let session: AuthSession | null = null;
    if (token) {
      try {
        session = await sessions.resume(token, { keepAlive: keepsSessionAlive });
      } catch (error) {
        throw new DatabaseUnavailableError(error);
      }
    }
    if (!session) {
      if (token) clearSessionCookie(request, reply);
      throw new ApiError(401, 'UNAUTHENTICATED', 'You are not signed in, or your session has ended. Sign in again.');
    }
    if (permission !== 'authenticated' && !session.permissions.includes(permission)) {
      throw new ApiError(403, 'FORBIDDEN', 'Your role does not give you access to this.');
    }
    request.session = session;
  });
}
