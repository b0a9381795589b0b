import { timingSafeEqual } from 'node:crypto';
import type { CreateSessionRequest } from '#contract';
import { hashPasscode, type StaffCard, type StaffDirectory, type StaffRole } from './directory.ts';

const WRONG_PASSCODES_BEFORE_LOCK = 3;

// Compared against when the card is unknown, so a wrong card number takes as long as a wrong passcode.
const decoyHash = hashPasscode('no card has this passcode');

export type CardOutcome =
  | { outcome: 'signed-in'; card: StaffCard; role: StaffRole }
  | { outcome: 'invalid-credentials' }
  | { outcome: 'locked'; justLocked: boolean }
  | { outcome: 'role-required'; roles: readonly StaffRole[] };

export interface CardReader {
  insert(request: CreateSessionRequest): CardOutcome;
}

/**
 * The smartcard simulator: card, passcode, then one role profile. Locks live in this process only
 * and last until it restarts, standing in for the registration authority that unlocks real cards.
 */
export function createCardReader(directory: StaffDirectory): CardReader {
  const wrongPasscodes = new Map<string, number>();
  const locked = new Set<string>();

  return {
    insert({ cardId, passcode, roleId }) {
      const card = directory.get(cardId);
      const passcodeMatches = timingSafeEqual(card?.passcodeHash ?? decoyHash, hashPasscode(passcode));
      // Same answer for an unknown card as for a wrong passcode: the reply must not confirm a card exists.
      if (!card) return { outcome: 'invalid-credentials' };
      if (locked.has(cardId)) return { outcome: 'locked', justLocked: false };
      if (!passcodeMatches) {
        const count = (wrongPasscodes.get(cardId) ?? 0) + 1;
        if (count < WRONG_PASSCODES_BEFORE_LOCK) {
          wrongPasscodes.set(cardId, count);
          return { outcome: 'invalid-credentials' };
        }
        wrongPasscodes.delete(cardId);
        locked.add(cardId);
        return { outcome: 'locked', justLocked: true };
      }
      // Only wrong passcodes in a row count.
      wrongPasscodes.delete(cardId);
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
