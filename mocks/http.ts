import { HttpResponse, delay, http, type DefaultBodyType, type JsonBodyType } from 'msw';
import type * as z from 'zod/mini';
import { endpoints, type EndpointName, type Endpoints } from '#contract';

type ResponseBody<
  E extends EndpointName,
  S extends keyof Endpoints[E]['responses'],
> = Endpoints[E]['responses'][S] extends z.ZodMiniType ? z.infer<Endpoints[E]['responses'][S]> : never;

/**
 * An MSW handler for one contract endpoint. The status must be one the contract lists for that
 * endpoint and the body must match its schema, so a mock cannot say what the server cannot.
 */
export function mockEndpoint<E extends EndpointName, S extends keyof Endpoints[E]['responses'] & number>(
  name: E,
  status: S,
  body: ResponseBody<E, S> | ((request: Request) => ResponseBody<E, S> | Promise<ResponseBody<E, S>>),
) {
  const endpoint = endpoints[name];
  const method = endpoint.method.toLowerCase() as Lowercase<Endpoints[E]['method']>;
  return http[method]<never, DefaultBodyType, JsonBodyType>(endpoint.path, async ({ request }) => {
    const payload = typeof body === 'function' ? await (body as (request: Request) => unknown)(request) : body;
    return HttpResponse.json(payload as JsonBodyType, { status });
  });
}

/** An endpoint answered by something other than a contract body. */
function mockTransport(name: EndpointName, resolver: () => Promise<Response> | Response) {
  const endpoint = endpoints[name];
  return http[endpoint.method.toLowerCase() as 'get' | 'post' | 'delete'](endpoint.path, resolver);
}

/** A request that never gets an answer, for loading states. */
export const mockPending = (name: EndpointName) =>
  mockTransport(name, async () => {
    await delay('infinite');
    return HttpResponse.error();
  });

/** A network failure (the BFF unreachable), for "could not be checked" states. */
export const mockNetworkError = (name: EndpointName) => mockTransport(name, () => HttpResponse.error());
