import { randomUUID } from 'node:crypto';
import {
  PDS_CONNECTIONS,
  PdsRequestError,
  PdsUnavailableError,
  type PdsCaller,
  type PdsClient,
  type PdsReadResult,
} from '../pds/index.ts';
import { IngestFileError } from './csv.ts';

/** How an extract is checked against PDS: the client, and who PDS is told is asking. */
export interface PdsVerification {
  pds: PdsClient;
  caller: PdsCaller;
  /** PDS reads in flight at once: a file is verified in parallel, never one blocking call per row. */
  concurrency?: number;
}

/** The caller an extract's verification runs as: the CP-IS service itself, run by NHS England. */
export const ingestCaller = (): PdsCaller => ({
  correlationId: randomUUID(),
  organisationCode: 'X26',
  roleId: 'cpis-extract-ingest',
});

export type PdsRejectionCode = 'NO_PDS_MATCH' | 'SUPERSEDED_NHS_NUMBER';

/** What a row must agree with PDS on. */
export interface PdsIdentity {
  nhsNumber: string;
  familyName: string;
  dateOfBirth: string;
}

// Messages name no value: a receipt never prints an NHS number or a name.
const messages: Record<PdsRejectionCode | 'disagrees', string> = {
  NO_PDS_MATCH: 'the NHS number is not on PDS: check it was typed correctly',
  disagrees: 'the family name or date of birth does not match PDS for this NHS number: check the NHS number',
  SUPERSEDED_NHS_NUMBER:
    "PDS has replaced this NHS number with another: send the plan under the child's current NHS number",
};

/** PDS's answer is unavailable: the whole file is refused (exit 2), never applied unverified. */
export class PdsVerificationUnavailableError extends IngestFileError {
  constructor(cause: Error) {
    super(`PDS could not be reached to verify the NHS numbers (${cause.message}). Send the file again later.`);
    this.name = 'PdsVerificationUnavailableError';
  }
}

const sameName = (a: string, b: string) =>
  a.normalize('NFKD').replace(/\p{M}/gu, '').trim().toUpperCase() ===
  b.normalize('NFKD').replace(/\p{M}/gu, '').trim().toUpperCase();

/**
 * Reads in flight by default: twice the client's connections, so each connection has its next
 * request queued while PDS answers the one before (measured: more than that gains nothing).
 */
const READS_IN_FLIGHT = 2 * PDS_CONNECTIONS;

/** Reads each distinct NHS number once, `concurrency` at a time. */
async function readAll(numbers: string[], { pds, caller, concurrency = READS_IN_FLIGHT }: PdsVerification) {
  const answers = new Map<string, PdsReadResult>();
  let next = 0;
  const worker = async () => {
    while (next < numbers.length) {
      const nhsNumber = numbers[next++]!;
      answers.set(nhsNumber, await pds.read(nhsNumber, caller));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, numbers.length) }, worker));
  return answers;
}

/**
 * Checks each row's NHS number on PDS: unknown, or a family name or date of birth that disagrees,
 * is NO_PDS_MATCH; a superseded number is SUPERSEDED_NHS_NUMBER. Returns one verdict per row, in
 * order (undefined: verified). Throws PdsVerificationUnavailableError when PDS cannot answer.
 */
export async function verifyOnPds(
  rows: readonly PdsIdentity[],
  verification: PdsVerification,
): Promise<({ code: PdsRejectionCode; message: string } | undefined)[]> {
  let answers: Map<string, PdsReadResult>;
  try {
    answers = await readAll([...new Set(rows.map((row) => row.nhsNumber))], verification);
  } catch (error) {
    if (error instanceof PdsUnavailableError || error instanceof PdsRequestError) {
      throw new PdsVerificationUnavailableError(error);
    }
    throw error;
  }
  return rows.map((row) => {
    const answer = answers.get(row.nhsNumber);
    if (answer?.outcome !== 'found') return { code: 'NO_PDS_MATCH', message: messages.NO_PDS_MATCH };
    if (answer.superseded) return { code: 'SUPERSEDED_NHS_NUMBER', message: messages.SUPERSEDED_NHS_NUMBER };
    const agrees =
      sameName(answer.patient.familyName, row.familyName) && answer.patient.dateOfBirth === row.dateOfBirth;
    return agrees ? undefined : { code: 'NO_PDS_MATCH', message: messages.disagrees };
  });
}
