import { timingSafeEqual } from 'node:crypto';
import type { CreateSessionRequest } from '#contract';
import type { Clock } from '../clock.ts';
import type { Queryable } from '../db/index.ts';
import { hashPasscode, type StaffCard, type StaffDirectory, type StaffRole } from './directory.ts';
import { countAttempt, isOverLimit, type Limit } from './limits.ts';

const WRONG_PASSCODES_BEFORE_LOCK = 3;

// Compared against when the card is unknown, so a wrong card number takes as long as a wrong passcode.
const decoyHash = hashPasscode('no card has this passcode');

export type CardOutcome =
  | { outcome: 'signed-in'; card: StaffCard; role: StaffRole }
  | { outcome: 'invalid-credentials' }
  | { outcome: 'locked'; justLocked: boolean }
  | { outcome: 'role-required'; roles: readonly StaffRole[] }
  | { outcome: 'throttled'; retryAfterSeconds: number };

export interface CardReader {
  /** `address` is the client's (request.ip): failed sign-ins are throttled per address too. */
  insert(request: CreateSessionRequest, address: string): Promise<CardOutcome>;
}

export interface CardReaderOptions {
  /** How long a card stays locked after the third wrong passcode in a row. */
  lockMinutes: number;
  /** Failed sign-ins one client address may make in 15 minutes before it is refused with 429. */
  failuresPerAddress: number;
}

/**
 * Records a wrong passcode, in one statement so that replicas racing on one card still count each
 * attempt once. Returns whether this attempt locked the card.
 */
async function recordWrongPasscode(db: Queryable, cardId: string, lockedUntil: string): Promise<boolean> {
  const [row] = await db.query<{ locked_until: string | null }>(
    `INSERT INTO card_lockouts AS c (card_id, wrong_passcodes, locked_until) VALUES ($1, 1, NULL)
     ON CONFLICT (card_id) DO UPDATE SET
       wrong_passcodes = CASE WHEN c.wrong_passcodes + 1 >= $2 THEN 0 ELSE c.wrong_passcodes + 1 END,
       locked_until = CASE WHEN c.wrong_passcodes + 1 >= $2 THEN $3::timestamptz ELSE c.locked_until END
     RETURNING locked_until`,
    [cardId, WRONG_PASSCODES_BEFORE_LOCK, lockedUntil],
  );
  return row?.locked_until === new Date(lockedUntil).toISOString();
}

/**
 * The smartcard simulator: card, passcode, then one role profile. Wrong passcodes and locks live in
 * the shared store, standing in for the registration authority that unlocks real cards: a lock ends
 * at a set time (lockMinutes) or when an administrator clears it (clearCardLock).
 */
export function createCardReader(
  directory: StaffDirectory,
  db: Queryable,
  clock: Clock,
  options: CardReaderOptions,
): CardReader {
  // Generous: an NHS site signs many staff in from one address (NAT), and a mistyped card number
  // must not shut out a whole department. It stops a machine guessing, not a person mistyping.
  const addressLimit: Limit = { name: 'sign-in-failures', max: options.failuresPerAddress, windowMs: 15 * 60_000 };

  return {
    async insert({ cardId, passcode, roleId }, address) {
      const now = clock();
      const throttle = await isOverLimit(db, addressLimit, address, now);
      if (!throttle.allowed) return { outcome: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
      const failed = async <T extends CardOutcome>(outcome: T): Promise<T> => {
        await countAttempt(db, addressLimit, address, now);
        return outcome;
      };

      const card = directory.get(cardId);
      const passcodeMatches = timingSafeEqual(card?.passcodeHash ?? decoyHash, hashPasscode(passcode));
      // Same answer for an unknown card as for a wrong passcode: the reply must not confirm a card exists.
      if (!card) return failed({ outcome: 'invalid-credentials' });
      const [lock] = await db.query<{ locked_until: string | null }>(
        'SELECT locked_until FROM card_lockouts WHERE card_id = $1',
        [cardId],
      );
      if (lock?.locked_until && Date.parse(lock.locked_until) > now.getTime()) {
        return failed({ outcome: 'locked', justLocked: false });
      }
      if (!passcodeMatches) {
        const lockedUntil = new Date(now.getTime() + options.lockMinutes * 60_000).toISOString();
        const justLocked = await recordWrongPasscode(db, cardId, lockedUntil);
        return failed(justLocked ? { outcome: 'locked', justLocked } : { outcome: 'invalid-credentials' });
      }
      // Only wrong passcodes in a row count; an ended lock is gone too.
      if (lock) await db.query('DELETE FROM card_lockouts WHERE card_id = $1', [cardId]);
      const role = roleId
        ? card.roles.find((profile) => profile.roleId === roleId)
        : card.roles.length === 1
          ? card.roles[0]
          : undefined;
      if (!role) return { outcome: 'role-required', roles: card.roles };
      return { outcome: 'signed-in', card, role };
    },
  };
}

/** An administrator's unlock, before the lock's set time. Returns whether the card was locked. */
export async function clearCardLock(db: Queryable, cardId: string, now: Date): Promise<boolean> {
  const cleared = await db.query<{ locked: boolean }>(
    'DELETE FROM card_lockouts WHERE card_id = $1 RETURNING coalesce(locked_until > $2, false) AS locked',
    [cardId, now.toISOString()],
  );
  return cleared.some((row) => row.locked);
}
