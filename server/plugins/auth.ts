import fp from 'fastify-plugin';
import { registerAuth, type StaffDirectory } from '../auth/index.ts';

/**
 * Sign-in and role-gated access for the whole API. Registered before any route, so that every /api
 * route is checked at start-up for a declared permission, and every request against it.
 */
export const authPlugin = fp<{ staffDirectory: StaffDirectory }>(
  async (app, { staffDirectory }) => {
    registerAuth(app, staffDirectory);
  },
  { name: 'auth', fastify: '5.x', dependencies: ['config', 'db', 'clock', 'cookies'] },
);
