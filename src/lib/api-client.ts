import type * as z from 'zod/mini';
import { endpoints, errorBodySchema, type EndpointName, type ErrorCode, type SuccessBody } from '#contract';

export type ApiFailureKind = 'network' | 'timeout' | 'http' | 'contract';

/** Why a request failed, in terms the UI can turn into the right state (never "no result"). */
export class ApiClientError extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    message: string,
    readonly status?: number,
    readonly code?: ErrorCode,
    /** The whole error body, for errors that carry more than a message (ROLE_REQUIRED lists roles). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

export interface RequestOptions {
  body?: unknown;
  /** Values for the path's `:name` parts. */
  params?: Record<string, string>;
  /** The query string; undefined values are left out. */
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

/** The endpoint's path with its parameters filled in (encoded) and its query string. */
function endpointUrl(path: string, params: RequestOptions['params'] = {}, query: RequestOptions['query'] = {}): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  ).toString();
  return search ? `${filled}?${search}` : filled;
}

// No answer in 8 seconds is "could not be checked" (README, "The check at registration"); no caller needs another.
const TIMEOUT_MS = 8000;

/** Calls one contract endpoint and returns its parsed success body; anything else throws ApiClientError. */
export async function apiRequest<E extends EndpointName>(
  name: E,
  { body, params, query, signal }: RequestOptions = {},
): Promise<SuccessBody<E>> {
  const endpoint = endpoints[name];
  // A timer of our own rather than AbortSignal.timeout, which no fake clock can move: the 8 s limit is tested.
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException('The server took too long.', 'TimeoutError')),
    TIMEOUT_MS,
  );
  try {
    return await send(endpoint, { body, params, query, signal, timeout: timeout.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function send<E extends EndpointName>(
  endpoint: (typeof endpoints)[E],
  { body, params, query, signal, timeout }: RequestOptions & { timeout: AbortSignal },
): Promise<SuccessBody<E>> {
  let response: Response;
  try {
    response = await fetch(endpointUrl(endpoint.path, params, query), {
      method: endpoint.method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (timeout.aborted) throw new ApiClientError('timeout', 'The server took too long to answer.');
    if (signal?.aborted) throw error;
    throw new ApiClientError('network', 'The server could not be reached.');
  }

  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const schema: z.ZodMiniType = endpoint.responses[200];
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data as SuccessBody<E>;
    throw new ApiClientError('contract', 'The server sent an answer this app does not understand.', response.status);
  }
  const failure = errorBodySchema.safeParse(json);
  if (failure.success) {
    throw new ApiClientError('http', failure.data.error.message, response.status, failure.data.error.code, json);
  }
  throw new ApiClientError('http', `The server answered with status ${response.status}.`, response.status);
}
