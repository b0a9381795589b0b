import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Queryable } from '../db/index.ts';

/** An LA system's API token as it is kept: never the token itself, only its hash. */
export interface LaApiToken {
  id: string;
  laCode: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The token cannot be made as asked (an unknown LA, a blank label): nothing was stored. */
export class LaTokenError extends Error {}

// A prefix so a leaked token is recognisable (secret scanners, logs); 32 random bytes after it.
const PREFIX = 'cpisla_';
const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

const COLUMNS = `id::text AS id, la_code AS "laCode", label, created_at AS "createdAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

/** Makes a token for an LA; the token is returned once and cannot be read again. */
export async function createLaToken(
  q: Queryable,
  clock: Clock,
  { laCode, label }: { laCode: string; label: string },
): Promise<{ token: string; record: LaApiToken }> {
  const trimmed = label.trim();
  if (trimmed === '' || trimmed.length > 100) throw new LaTokenError('The label must be 1 to 100 characters.');
  const [la] = await q.query('SELECT 1 FROM local_authorities WHERE la_code = $1', [laCode]);
  if (!la) throw new LaTokenError(`There is no LA ${laCode} in the directory.`);
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const [record] = await q.query<LaApiToken>(
    `INSERT INTO la_api_tokens (la_code, label, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
    [laCode, trimmed, hashToken(token), clock().toISOString()],
  );
  return { token, record: record! };
}

export const listLaTokens = (q: Queryable): Promise<LaApiToken[]> =>
  q.query<LaApiToken>(`SELECT ${COLUMNS} FROM la_api_tokens ORDER BY la_code, id`);

/** Revokes a token at once; false when there is no such live token. */
export async function revokeLaToken(q: Queryable, clock: Clock, id: string): Promise<boolean> {
  if (!/^\d{1,18}$/.test(id)) return false;
  const revoked = await q.query(
    'UPDATE la_api_tokens SET revoked_at = $2 WHERE id = $1::bigint AND revoked_at IS NULL RETURNING 1',
    [id, clock().toISOString()],
  );
  return revoked.length > 0;
}

/** The live token a caller presented, its use recorded; undefined when unknown or revoked. */
export async function useLaToken(q: Queryable, clock: Clock, token: string): Promise<LaApiToken | undefined> {
  if (!token.startsWith(PREFIX) || token.length > 200) return undefined;
  const [record] = await q.query<LaApiToken>(
    `UPDATE la_api_tokens SET last_used_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
    [hashToken(token), clock().toISOString()],
  );
  return record;
}
