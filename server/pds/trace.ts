import { randomUUID } from 'node:crypto';
import { PDS_MAX_MATCHES, type PdsSearchRequest, type PdsSearchResponse } from '#contract';
import type { Viewer } from '../cpis/audit.ts';
import type { Queryable } from '../db/index.ts';
import { PdsUnavailableError, type PdsClient, type PdsMatch } from './client.ts';

/** Who traces: the session's role profile, with the role id PDS records (NHSD-Session-URID). */
export type Tracer = Viewer & { roleId: string };

type AuditOutcome = PdsSearchResponse['outcome'] | 'pds-unavailable';

async function audit(
  db: Queryable,
  entry: { at: string; requestId: string; outcome: AuditOutcome; matchCount: number; tracer: Tracer },
): Promise<void> {
  const { tracer } = entry;
  await db.query(
    `INSERT INTO pds_search_audit (id, at, request_id, outcome, match_count, user_name, card_id, role, role_id,
                                   job_role_code, job_role_name, organisation_code, organisation_name, setting_type)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      randomUUID(),
      entry.at,
      entry.requestId,
      entry.outcome,
      entry.matchCount,
      tracer.name,
      tracer.cardId,
      tracer.role,
      tracer.roleId,
      tracer.jobRoleCode,
      tracer.jobRoleName,
      tracer.organisation.code,
      tracer.organisation.name,
      tracer.settingType,
    ],
  );
}

const toMatch = (match: PdsMatch): PdsSearchResponse['matches'][number] => {
  const restricted = match.security === 'R' || match.security === 'V';
  return {
    nhsNumber: match.nhsNumber,
    score: match.score,
    familyName: match.familyName,
    givenName: match.givenName,
    gender: match.gender,
    dateOfBirth: match.dateOfBirth,
    // PDS already leaves a restricted record's address out; this makes sure, whatever PDS sends.
    ...(match.postcode && !restricted ? { postcode: match.postcode } : {}),
    restricted,
  };
};

/**
 * One trace on PDS, audited (who, role, organisation, when, how many matches; never the details
 * searched). PDS failing is PdsUnavailableError, audited too: never "no match".
 */
export async function traceOnPds(
  db: Queryable,
  pds: PdsClient,
  { search, tracer, now, requestId }: { search: PdsSearchRequest; tracer: Tracer; now: Date; requestId: string },
): Promise<PdsSearchResponse> {
  const at = now.toISOString();
  const caller = { correlationId: requestId, organisationCode: tracer.organisation.code, roleId: tracer.roleId };
  let answer: PdsSearchResponse;
  try {
    const result = await pds.search({ ...search, maxResults: PDS_MAX_MATCHES }, caller);
    const matches =
      result.outcome === 'matches'
        ? result.matches
            .filter((match) => match.security !== 'REDACTED')
            .slice(0, PDS_MAX_MATCHES)
            .map(toMatch)
        : [];
    answer = {
      outcome: result.outcome === 'too-many-matches' ? 'too-many-matches' : matches.length > 0 ? 'matches' : 'no-match',
      matches,
    };
  } catch (error) {
    if (error instanceof PdsUnavailableError) {
      await audit(db, { at, requestId, outcome: 'pds-unavailable', matchCount: 0, tracer }).catch(() => {});
    }
    throw error;
  }
  await audit(db, { at, requestId, outcome: answer.outcome, matchCount: answer.matches.length, tracer });
  return answer;
}
