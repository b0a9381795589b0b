import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../auth/index.ts';
import { testStaff } from './staff.ts';

/** Signs in on a test card under `roleId`; returns the Cookie header that carries the session. */
export async function signIn(app: FastifyInstance, roleId: string): Promise<string> {
  const card = testStaff.find((entry) => entry.roles.some((role) => role.roleId === roleId));
  if (!card) throw new Error(`No test card has the role ${roleId}`);
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { cardId: card.cardId, passcode: card.passcode, roleId },
  });
  const cookie = response.cookies.find((candidate) => candidate.name === SESSION_COOKIE);
  if (response.statusCode !== 200 || !cookie) {
    throw new Error(`Sign-in as ${roleId} failed: ${response.statusCode} ${response.body}`);
  }
  return `${SESSION_COOKIE}=${cookie.value}`;
}
