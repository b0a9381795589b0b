import type { Queryable } from '../db/index.ts';
import type { LaCaller } from './caller.ts';

/** Audits each person an LA caller is shown, in the transaction that read them. */
export async function auditLaAccess(
  tx: Queryable,
  entry: {
    caller: LaCaller;
    nhsNumbers: readonly string[];
    outcome: 'listed-notification' | 'opened-notification';
    at: string;
  },
): Promise<void> {
  if (entry.nhsNumbers.length === 0) return;
  const { caller } = entry;
  await tx.query(
    `INSERT INTO la_access_audit (at, la_code, nhs_number, outcome, by_kind, by_name, by_ref)
     SELECT $1, $2, n, $3, $4, $5, $6 FROM unnest($7::text[]) AS n`,
    [entry.at, caller.laCode, entry.outcome, caller.kind, caller.name, caller.ref, entry.nhsNumbers],
  );
}
