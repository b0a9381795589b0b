import type { LaDirectoryEntry, LaDirectoryRequest } from '#contract';
import type { Database, Queryable } from '../db/index.ts';

const SELECT_ENTRY = `
SELECT la_code AS "laCode", name, office_hours_phone AS "officeHoursPhone",
       emergency_duty_phone AS "emergencyDutyPhone", updated_at AS "updatedAt"
FROM local_authorities WHERE la_code = $1`;

/** The LA's entry in the directory health staff are shown; undefined if the LA is not in it. */
export async function findDirectoryEntry(q: Queryable, laCode: string): Promise<LaDirectoryEntry | undefined> {
  const [entry] = await q.query<LaDirectoryEntry>(SELECT_ENTRY, [laCode]);
  return entry;
}

/**
 * Changes the LA's two numbers, and records who changed them, in one transaction. Lookups read the
 * directory itself, so health staff see the new numbers from the next check on.
 */
export async function updateDirectoryEntry(
  db: Database,
  change: LaDirectoryRequest & { laCode: string; by: { name: string; cardId: string }; at: string },
): Promise<LaDirectoryEntry | undefined> {
  return db.transaction(async (tx) => {
    const updated = await tx.query(
      `UPDATE local_authorities SET office_hours_phone = $2, emergency_duty_phone = $3, updated_at = $4
       WHERE la_code = $1 RETURNING 1`,
      [change.laCode, change.officeHoursPhone, change.emergencyDutyPhone, change.at],
    );
    if (updated.length === 0) return undefined;
    await tx.query(
      `INSERT INTO la_directory_changes (la_code, office_hours_phone, emergency_duty_phone, changed_by_name,
         changed_by_card, at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [change.laCode, change.officeHoursPhone, change.emergencyDutyPhone, change.by.name, change.by.cardId, change.at],
    );
    return findDirectoryEntry(tx, change.laCode);
  });
}
