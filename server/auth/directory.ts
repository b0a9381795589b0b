import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  cardIdSchema,
  LOCAL_AUTHORITY_SETTING,
  organisationSchema,
  roleIdSchema,
  roleSchema,
  settingTypeSchema,
} from '#contract';
import { ConfigError } from '../config.ts';

// Strict objects: a misspelt field in a hand-edited file is an error, not a silently missing value.
const staffRoleSchema = z
  .strictObject({
    roleId: roleIdSchema,
    role: roleSchema,
    jobRoleCode: z.string().regex(/^R\d{4}$/, 'must be a national job role code such as R8000'),
    jobRoleName: z.string().min(1),
    // For an LA contact centre, the organisation code is the LA's la_code: it scopes everything the role sees.
    organisation: organisationSchema,
    settingType: settingTypeSchema,
  })
  .refine((role) => (role.role === 'la-contact-centre') === (role.settingType === LOCAL_AUTHORITY_SETTING), {
    path: ['settingType'],
    message: `must be "${LOCAL_AUTHORITY_SETTING}" for the la-contact-centre role, and only for it`,
  });
export type StaffRole = z.infer<typeof staffRoleSchema>;

const staffCardSchema = z.strictObject({
  cardId: cardIdSchema,
  name: z.string().min(1),
  // As on a real smartcard.
  passcode: z.string().min(4, 'must be 4 to 8 characters').max(8, 'must be 4 to 8 characters'),
  roles: z.array(staffRoleSchema).min(1, 'must list at least one role profile'),
});

/** A card as written in the directory file. */
export type StaffCardEntry = z.input<typeof staffCardSchema>;

/** A card as the simulator keeps it: the passcode only as a hash, for a constant-time comparison. */
export interface StaffCard {
  cardId: string;
  name: string;
  passcodeHash: Buffer;
  roles: readonly StaffRole[];
}

export type StaffDirectory = ReadonlyMap<string, StaffCard>;

/** The file cannot be used; start-up stops with this message, which names the card and field. */
export class StaffDirectoryError extends ConfigError {}

export const hashPasscode = (passcode: string): Buffer => createHash('sha256').update(passcode, 'utf8').digest();

/** Which card an issue is about: its number when it has a readable one, else its place in the file. */
function cardLabel(raw: unknown, index: number): string {
  const cardId = Array.isArray(raw) ? (raw[index] as { cardId?: unknown } | undefined)?.cardId : undefined;
  return typeof cardId === 'string' && cardId !== '' ? `card ${cardId}` : `card #${index + 1}`;
}

/** Validates a directory (already parsed from JSON); `source` names it in error messages. */
export function parseStaffDirectory(raw: unknown, source: string): StaffDirectory {
  const parsed = z.array(staffCardSchema).min(1, 'must list at least one card').safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      if (typeof index !== 'number') return issue.message;
      return `${cardLabel(raw, index)}: ${field.length > 0 ? `${field.join('.')}: ` : ''}${issue.message}`;
    });
    throw new StaffDirectoryError(`Staff directory ${source} is not valid:\n  ${problems.join('\n  ')}`);
  }

  const cards = new Map<string, StaffCard>();
  const roleIds = new Set<string>();
  for (const card of parsed.data) {
    if (cards.has(card.cardId)) {
      throw new StaffDirectoryError(
        `Staff directory ${source} is not valid: card ${card.cardId}: cardId is listed twice`,
      );
    }
    // A session names its role profile by roleId alone, so it must be unique across all cards.
    for (const [i, role] of card.roles.entries()) {
      if (roleIds.has(role.roleId)) {
        throw new StaffDirectoryError(
          `Staff directory ${source} is not valid: card ${card.cardId}: roles.${i}.roleId "${role.roleId}" is already used`,
        );
      }
      roleIds.add(role.roleId);
    }
    cards.set(card.cardId, {
      cardId: card.cardId,
      name: card.name,
      passcodeHash: hashPasscode(card.passcode),
      roles: card.roles,
    });
  }
  return cards;
}

export function loadStaffDirectory(path: string): StaffDirectory {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new StaffDirectoryError(`Staff directory ${path} cannot be read (${(error as NodeJS.ErrnoException).code}).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the text around the fault, which may be a passcode.
    throw new StaffDirectoryError(`Staff directory ${path} is not valid JSON.`);
  }
  return parseStaffDirectory(raw, path);
}
