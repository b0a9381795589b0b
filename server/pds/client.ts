import { randomUUID } from 'node:crypto';
import { Agent, request, type Dispatcher } from 'undici';
import {
  fhirPatientSchema,
  operationOutcomeSchema,
  searchsetSchema,
  spineErrorCode,
  toPdsPatient,
  type Gender,
  type PdsPatient,
} from './fhir.ts';

/** Who is asking: PDS records the end user's organisation and role on every call. */
export interface PdsCaller {
  /** Ties this call to the BFF request that made it (its request id). */
  correlationId: string;
  organisationCode: string;
  /** The role profile's id (NHSD-Session-URID). */
  roleId: string;
}

export interface PdsSearch {
  familyName: string;
  givenName?: string;
  gender?: Gender;
  dateOfBirth: string;
  postcode?: string;
  fuzzy?: boolean;
  maxResults?: number;
}

export interface PdsMatch extends PdsPatient {
  score: number;
}

export type PdsSearchResult = { outcome: 'matches'; matches: PdsMatch[] } | { outcome: 'too-many-matches' };

export type PdsReadResult =
  | { outcome: 'found'; patient: PdsPatient; superseded: boolean }
  | { outcome: 'not-found' }
  /** PDS holds the record but will not show it (REDACTED: INVALIDATED_RESOURCE). */
  | { outcome: 'invalidated' };

export interface PdsClient {
  search(search: PdsSearch, caller: PdsCaller): Promise<PdsSearchResult>;
  read(nhsNumber: string, caller: PdsCaller): Promise<PdsReadResult>;
}

/** PDS did not answer, answered 5xx or 429, or sent what is not FHIR: never "no match". */
export class PdsUnavailableError extends Error {
  constructor(reason: string) {
    super(`PDS could not be searched: ${reason}`);
    this.name = 'PdsUnavailableError';
  }
}

/** PDS refused the request as asked (400 INVALID_SEARCH_DATA and the like). */
export class PdsRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`PDS refused the request: ${status} ${code}`);
    this.name = 'PdsRequestError';
  }
}

/** The access token seam: the real PDS needs a CIS2-derived bearer token; the stand-in needs none. */
export type AccessTokenSource = (caller: PdsCaller) => Promise<string | undefined>;

export interface PdsClientOptions {
  /** e.g. https://sandbox.api.service.nhs.uk/personal-demographics/FHIR/R4: its path is kept. */
  baseUrl: string;
  timeoutMs?: number;
  accessToken?: AccessTokenSource;
}

export const PDS_TIMEOUT_MS = 5000;
/**
 * Keep-alive connections a client holds open to PDS at most. An extract's verification reads every
 * NHS number in the file, many in flight: over a pool of its own, undici's request() makes several
 * thousand reads a second where fetch() (one Request and Response object each) made about a thousand.
 */
export const PDS_CONNECTIONS = 32;

/** A client for the PDS FHIR R4 API. It never retries: a trace is one request, made on purpose. */
export function createPdsClient({ baseUrl, timeoutMs = PDS_TIMEOUT_MS, accessToken }: PdsClientOptions): PdsClient {
  const base = baseUrl.replace(/\/+$/, '');
  const dispatcher = new Agent({ connections: PDS_CONNECTIONS });

  async function get(pathAndQuery: string, caller: PdsCaller): Promise<{ status: number; body: unknown }> {
    const token = await accessToken?.(caller);
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Dispatcher.ResponseData;
    try {
      response = await request(`${base}${pathAndQuery}`, {
        dispatcher,
        headers: {
          accept: 'application/fhir+json',
          'x-request-id': randomUUID(),
          'x-correlation-id': caller.correlationId,
          'nhsd-end-user-organisation-ods': caller.organisationCode,
          'nhsd-session-urid': caller.roleId,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        signal,
      });
    } catch {
      throw new PdsUnavailableError(signal.aborted ? `no answer in ${timeoutMs} ms` : 'no connection');
    }
    const status = response.statusCode;
    if (status >= 500 || status === 429) {
      await response.body.dump();
      throw new PdsUnavailableError(`status ${status}`);
    }
    const body: unknown = await response.body.json().catch(() => undefined);
    if (body === undefined) throw new PdsUnavailableError(`status ${status} without a JSON body`);
    return { status, body };
  }

  const refusal = (status: number, body: unknown): Error => {
    const outcome = operationOutcomeSchema.safeParse(body);
    return outcome.success
      ? new PdsRequestError(status, spineErrorCode(outcome.data) ?? 'UNKNOWN')
      : new PdsUnavailableError(`status ${status} without an OperationOutcome`);
  };

  return {
    async search(search, caller) {
      const query = new URLSearchParams({ family: search.familyName, birthdate: `eq${search.dateOfBirth}` });
      if (search.givenName) query.set('given', search.givenName);
      if (search.gender) query.set('gender', search.gender);
      if (search.postcode) query.set('address-postalcode', search.postcode);
      if (search.fuzzy) query.set('_fuzzy-match', 'true');
      query.set('_max-results', String(search.maxResults ?? 10));
      const { status, body } = await get(`/Patient?${query}`, caller);
      if (status !== 200) throw refusal(status, body);
      const outcome = operationOutcomeSchema.safeParse(body);
      if (outcome.success) {
        if (spineErrorCode(outcome.data) === 'TOO_MANY_MATCHES') return { outcome: 'too-many-matches' };
        throw new PdsRequestError(status, spineErrorCode(outcome.data) ?? 'UNKNOWN');
      }
      const bundle = searchsetSchema.safeParse(body);
      if (!bundle.success) throw new PdsUnavailableError('the answer is not a searchset Bundle');
      const matches = (bundle.data.entry ?? [])
        .map((entry) => ({ ...toPdsPatient(entry.resource), score: entry.search?.score ?? 0 }))
        .sort((a, b) => b.score - a.score);
      return { outcome: 'matches', matches };
    },

    async read(nhsNumber, caller) {
      const { status, body } = await get(`/Patient/${encodeURIComponent(nhsNumber)}`, caller);
      if (status === 404) {
        const outcome = operationOutcomeSchema.safeParse(body);
        const code = outcome.success ? spineErrorCode(outcome.data) : undefined;
        if (code === 'INVALIDATED_RESOURCE') return { outcome: 'invalidated' };
        if (code === 'RESOURCE_NOT_FOUND') return { outcome: 'not-found' };
        throw new PdsUnavailableError('404 without a known OperationOutcome');
      }
      if (status !== 200) throw refusal(status, body);
      const patient = fhirPatientSchema.safeParse(body);
      if (!patient.success) throw new PdsUnavailableError('the answer is not a Patient');
      // A superseded number: PDS answers with the record under its current number.
      return { outcome: 'found', patient: toPdsPatient(patient.data), superseded: patient.data.id !== nhsNumber };
    },
  };
}
