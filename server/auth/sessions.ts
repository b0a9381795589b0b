import { createHash, randomBytes } from 'node:crypto';
import type { Permission, Role, SessionRole, SettingType } from '#contract';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/index.ts';
import type { StaffCard, StaffRole } from './directory.ts';
import { permissionsFor } from './policy.ts';

/** However active, a session ends 12 hours after sign-in (a working shift). */
const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
/**
 * How often a request moves the idle limit on: at most once a minute, so most requests only read.
 * Also how long this replica trusts a session it has read without reading it again: a session ended
 * through another replica (signed out there, or swept) still works here for up to this long.
 */
const TOUCH_EVERY_MS = 60_000;

/** A running session, as routes see it on `request.session`. */
export interface AuthSession {
  /** The hash of the cookie's token, not the token: safe to keep in an audit record. */
  sessionId: string;
  user: { name: string; cardId: string };
  role: SessionRole & { jobRoleCode: string };
  permissions: readonly Permission[];
  /** When it ends unless used again: the idle limit, or the 12-hour end if sooner. */
  expiresAt: string;
}

interface SessionRow {
  id_hash: string;
  card_id: string;
  user_name: string;
  role_id: string;
  role: Role;
  job_role_code: string;
  job_role_name: string;
  organisation_code: string;
  organisation_name: string;
  setting_type: SettingType;
  last_seen_at: string;
  expires_at: string;
}

const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export interface SessionStore {
  /** Starts a session; the token goes in the cookie and nowhere else. */
  start(card: StaffCard, role: StaffRole): Promise<{ token: string; session: AuthSession }>;
  /**
   * The live session for a token, or null when unknown or ended. `keepAlive` counts this request
   * as activity; a mere "am I signed in?" check must not, or it would keep an idle session alive.
   */
  resume(token: string, options: { keepAlive: boolean }): Promise<AuthSession | null>;
  end(token: string): Promise<void>;
}

export function createSessionStore(db: Database, clock: Clock, idleMinutes: number): SessionStore {
  const idleMs = idleMinutes * 60_000;
  const isLive = (row: SessionRow, nowMs: number) =>
    Date.parse(row.expires_at) > nowMs && Date.parse(row.last_seen_at) > nowMs - idleMs;
  const isTouchDue = (row: SessionRow, nowMs: number) => Date.parse(row.last_seen_at) <= nowMs - TOUCH_EVERY_MS;

  // Sessions read from the store in the last TOUCH_EVERY_MS, oldest first: a lookup then costs no
  // session query of its own in the minute between two touches.
  const recent = new Map<string, { row: SessionRow; readAt: number }>();
  const remember = (idHash: string, row: SessionRow, nowMs: number) => {
    recent.delete(idHash);
    recent.set(idHash, { row, readAt: nowMs });
    for (const [key, entry] of recent) {
      if (entry.readAt > nowMs - TOUCH_EVERY_MS) break;
      recent.delete(key);
    }
  };
  const recall = (idHash: string, nowMs: number, keepAlive: boolean): SessionRow | undefined => {
    const entry = recent.get(idHash);
    if (!entry || entry.readAt > nowMs || entry.readAt <= nowMs - TOUCH_EVERY_MS) return undefined;
    if (!isLive(entry.row, nowMs) || (keepAlive && isTouchDue(entry.row, nowMs))) return undefined;
    return entry.row;
  };

  const toSession = (row: SessionRow): AuthSession => ({
    sessionId: row.id_hash,
    user: { name: row.user_name, cardId: row.card_id },
    role: {
      roleId: row.role_id,
      role: row.role,
      jobRoleCode: row.job_role_code,
      jobRoleName: row.job_role_name,
      organisation: { code: row.organisation_code, name: row.organisation_name },
      settingType: row.setting_type,
    },
    permissions: permissionsFor(row.role),
    expiresAt: new Date(Math.min(Date.parse(row.last_seen_at) + idleMs, Date.parse(row.expires_at))).toISOString(),
  });

  return {
    async start(card, role) {
      const now = clock();
      // Housekeeping: sign-ins are rare enough to sweep out sessions that have ended.
      await db.query('DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [
        now.toISOString(),
        new Date(now.getTime() - idleMs).toISOString(),
      ]);
      const token = randomBytes(32).toString('base64url');
      const [row] = await db.query<SessionRow>(
        `INSERT INTO sessions (id_hash, card_id, user_name, role_id, role, job_role_code, job_role_name,
           organisation_code, organisation_name, setting_type, created_at, last_seen_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)
         RETURNING *`,
        [
          hashToken(token),
          card.cardId,
          card.name,
          role.roleId,
          role.role,
          role.jobRoleCode,
          role.jobRoleName,
          role.organisation.code,
          role.organisation.name,
          role.settingType,
          now.toISOString(),
          new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString(),
        ],
      );
      remember(row!.id_hash, row!, now.getTime());
      return { token, session: toSession(row!) };
    },

    async resume(token, { keepAlive }) {
      const idHash = hashToken(token);
      const nowMs = clock().getTime();
      const recalled = recall(idHash, nowMs, keepAlive);
      if (recalled) return toSession(recalled);

      const now = new Date(nowMs).toISOString();
      const [row] = await db.query<SessionRow>('SELECT * FROM sessions WHERE id_hash = $1', [idHash]);
      if (!row || !isLive(row, nowMs)) {
        recent.delete(idHash);
        if (row) await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
        return null;
      }
      // A write per request was a fifth of a lookup's cost; a minute's slack on a 15-minute limit is not.
      if (keepAlive && isTouchDue(row, nowMs)) {
        await db.query('UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1', [idHash, now]);
        row.last_seen_at = now;
      }
      remember(idHash, row, nowMs);
      return toSession(row);
    },

    async end(token) {
      recent.delete(hashToken(token));
      await db.query('DELETE FROM sessions WHERE id_hash = $1', [hashToken(token)]);
    },
  };
}
