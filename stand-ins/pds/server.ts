import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { search, type SearchQuery } from './matching.ts';
import { loadPopulation, type Indexed, type Population } from './population.ts';

/** Where the real PDS FHIR R4 API lives under its host; the stand-in serves the same path. */
export const PDS_BASE_PATH = '/personal-demographics/FHIR/R4';
const SPINE_ERROR_SYSTEM = 'https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RESULTS_LIMIT = 50;
const READ_PATH = new RegExp(`^${PDS_BASE_PATH}/Patient/([^/]+)$`);

export interface PdsStandIn {
  /** The base URL to give a PDS client (PDS_BASE_URL). */
  baseUrl: string;
  population: Population;
  close(): Promise<void>;
}

export interface PdsStandInOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** An NDJSON file of FHIR Patients; the default population otherwise. */
  populationFile?: string;
  /** Sees every request's headers (tests check what the client sends). */
  onRequest?: (request: { method: string; path: string; headers: IncomingHttpHeaders }) => void;
}

const outcome = (code: string, issueCode: string, diagnostics?: string) => ({
  resourceType: 'OperationOutcome',
  issue: [
    {
      severity: 'error',
      code: issueCode,
      details: {
        coding: [{ system: SPINE_ERROR_SYSTEM, version: '1', code, display: code.replaceAll('_', ' ').toLowerCase() }],
      },
      ...(diagnostics ? { diagnostics } : {}),
    },
  ],
});

class FhirError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly issueCode: string,
    diagnostics: string,
  ) {
    super(diagnostics);
  }
}

/** What PDS sends of a record: a restricted one without address, telecom, contacts or GP. */
function visible(patient: Indexed): Record<string, unknown> {
  if (patient.security !== 'R' && patient.security !== 'V') return patient.resource;
  const hidden = new Set(['address', 'telecom', 'contact', 'generalPractitioner']);
  return Object.fromEntries(Object.entries(patient.resource).filter(([key]) => !hidden.has(key)));
}

function parseSearch(params: URLSearchParams): { query: SearchQuery; maxResults: number } {
  const invalid = (message: string) => new FhirError(400, 'INVALID_SEARCH_DATA', 'invalid', message);
  const family = params.get('family')?.trim();
  const birthdate = params.get('birthdate')?.trim();
  if (!family || !birthdate) throw invalid('A search needs family and birthdate at least.');
  const date = /^(eq|ge|le)?(\d{4}-\d{2}-\d{2})$/.exec(birthdate);
  if (!date) throw invalid('birthdate must be YYYY-MM-DD, optionally after eq, ge or le.');
  const fuzzy = params.get('_fuzzy-match') === 'true';
  // A wildcard only at the end, after at least two characters, and never in a fuzzy search.
  for (const name of [family, params.get('given') ?? '']) {
    if (name.includes('*') && (fuzzy || !/^[^*]{2,}\*$/.test(name))) {
      throw invalid('A wildcard is allowed only at the end, after two characters, and not in a fuzzy search.');
    }
  }
  const gender = params.get('gender') ?? undefined;
  if (gender !== undefined && !['male', 'female', 'other', 'unknown'].includes(gender)) {
    throw invalid('gender must be male, female, other or unknown.');
  }
  const maxResults = Number(params.get('_max-results') ?? '10');
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS_LIMIT) {
    throw new FhirError(400, 'INVALID_VALUE', 'value', `_max-results must be 1 to ${MAX_RESULTS_LIMIT}.`);
  }
  return {
    query: {
      family,
      given: params.get('given')?.trim() || undefined,
      gender,
      birthdate: { prefix: (date[1] ?? 'eq') as 'eq' | 'ge' | 'le', date: date[2]! },
      postcode: params.get('address-postalcode')?.trim() || undefined,
      fuzzy,
    },
    maxResults,
  };
}

function answer(population: Population, path: string, params: URLSearchParams): unknown {
  if (path === `${PDS_BASE_PATH}/Patient`) {
    const { query, maxResults } = parseSearch(params);
    const found = search(population, query);
    if (found.length > maxResults) return outcome('TOO_MANY_MATCHES', 'multiple-matches');
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      timestamp: new Date().toISOString(),
      total: found.length,
      ...(found.length > 0
        ? {
            entry: found.map(({ patient, score }) => ({
              fullUrl: `${PDS_BASE_PATH}/Patient/${patient.resource.id}`,
              search: { score },
              resource: visible(patient),
            })),
          }
        : {}),
    };
  }
  const read = READ_PATH.exec(path);
  if (read) {
    const id = decodeURIComponent(read[1]!);
    if (!/^\d{10}$/.test(id)) throw new FhirError(400, 'INVALID_RESOURCE_ID', 'value', 'Not an NHS number.');
    const patient = population.byNumber.get(population.supersededBy.get(id) ?? id);
    if (!patient) throw new FhirError(404, 'RESOURCE_NOT_FOUND', 'not-found', 'No patient with that NHS number.');
    if (patient.security === 'REDACTED') {
      throw new FhirError(404, 'INVALIDATED_RESOURCE', 'not-found', 'The record is not available.');
    }
    return visible(patient);
  }
  throw new FhirError(404, 'RESOURCE_NOT_FOUND', 'not-found', 'No such resource.');
}

function send(response: ServerResponse, status: number, body: unknown, requestHeaders: IncomingHttpHeaders): void {
  const echoed = Object.fromEntries(
    ['x-request-id', 'x-correlation-id'].flatMap((name) =>
      requestHeaders[name] ? [[name, String(requestHeaders[name])]] : [],
    ),
  );
  response.writeHead(status, { 'content-type': 'application/fhir+json', ...echoed });
  response.end(JSON.stringify(body));
}

/** A local PDS: the PDS FHIR R4 search and read over HTTP, on a synthetic population. */
export async function startPdsStandIn(options: PdsStandInOptions = {}): Promise<PdsStandIn> {
  const population = loadPopulation(options.populationFile);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    options.onRequest?.({ method: request.method ?? '', path: url.pathname, headers: request.headers });
    try {
      if (request.method !== 'GET') throw new FhirError(405, 'METHOD_NOT_ALLOWED', 'not-supported', 'Only GET.');
      const requestId = request.headers['x-request-id'];
      if (!requestId) throw new FhirError(400, 'MISSING_VALUE', 'required', 'X-Request-ID is required.');
      if (!UUID.test(String(requestId)))
        throw new FhirError(400, 'INVALID_VALUE', 'value', 'X-Request-ID must be a UUID.');
      send(response, 200, answer(population, url.pathname, url.searchParams), request.headers);
    } catch (error) {
      if (!(error instanceof FhirError)) throw error;
      send(response, error.status, outcome(error.code, error.issueCode, error.message), request.headers);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    baseUrl: `http://${host}:${port}${PDS_BASE_PATH}`,
    population,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
