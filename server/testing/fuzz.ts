import fc from 'fast-check';
import type { HTTPMethods, LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { endpoints, errorBodySchema, nhsCheckDigit, type Role } from '#contract';
import type { ApiRoute } from '../auth/plugin.ts';

export type Caller = Role | 'no session';
const callers: readonly Caller[] = ['no session', 'registration', 'clinician', 'safeguarding-lead'];

/** How the request carries (or not) the caller's session cookie. */
export type CookieKind = 'session' | 'session and garbage' | 'garbage' | 'none';

/** One generated request; the test turns `cookie` into a Cookie header for `caller`. */
export interface FuzzRequest {
  route: ApiRoute;
  method: HTTPMethods;
  url: string;
  caller: Caller;
  cookie: CookieKind;
  garbageCookies: string;
  headers: Record<string, string>;
  payload?: string;
}

const methods: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * The usual four times in five, noise otherwise: a request refused at its first check (a foreign
 * Origin, a wrong content type) never meets the next, so each check must mostly be passed.
 */
const mostly = <T, U>(usual: fc.Arbitrary<T>, noise: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: noise });
const absent = fc.constant(undefined);

const foreignOrigins = fc.constantFrom('null', 'https://attacker.example', 'http://127.0.0.1', '');

// Header values must be printable ASCII to travel in HTTP at all.
const headerText = fc.string({ unit: 'grapheme-ascii', maxLength: 120 });

/** Any text: printable, any code point (control characters and NUL included), or any byte. */
export const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
);

const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
);

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A 999-range test number with a valid check digit: a real-looking number, never issued to a patient. */
const validTestNhsNumber = fc
  .integer({ min: 0, max: 999_999 })
  .map((n) => `999${pad(n, 6)}`)
  .filter((firstNine) => nhsCheckDigit(firstNine) !== undefined)
  .map((firstNine) => `${firstNine}${nhsCheckDigit(firstNine)}`);

const separator = fc.constantFrom('', ' ', '  ', '\u00a0', '\t', '\n', '-', '.', '\u2003', '\u200b');

/** Digits with a separator (or none) after each: "943 476 5919", "943-476-5919", "9 4 3...". */
const spaced = (digits: fc.Arbitrary<string>) =>
  digits.chain((value) =>
    fc
      .array(separator, { minLength: value.length, maxLength: value.length })
      .map((seps) => [...value].map((digit, i) => `${digit}${seps[i]}`).join('')),
  );

/** Strings that look like NHS numbers, and many that nearly do. */
export const nhsNumberLike = (known: readonly string[] = []) =>
  fc.oneof(
    ...(known.length > 0 ? [fc.constantFrom(...known)] : []),
    spaced(validTestNhsNumber),
    validTestNhsNumber.map((n) => `${n.slice(0, 9)}${(Number(n[9]) + 1) % 10}`),
    fc.stringMatching(/^\d{1,14}$/),
    validTestNhsNumber.map((n) => n.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)))),
    validTestNhsNumber.map((n) => n.replace(/\d/g, (d) => String.fromCodePoint(0x0660 + Number(d)))),
    validTestNhsNumber.map((n) => ` ${n} `),
    fc.nat({ max: 10 }).map((n) => '9'.repeat(30 + n)),
    anyText,
  );

/** Dates in and far out of range: year 0, 9999, 31 February, and days around `today`. */
export const isoDateLike = (today: string) =>
  fc.oneof(
    fc
      .tuple(
        fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 1899, 1900, 1970, 2026, 9999)),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
    fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.parse(today) + days * 86_400_000).toISOString()),
    fc
      .integer({ min: -400, max: 400 })
      .map((days) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10)),
    fc.constantFrom('', 'today', '2026-11-21T00:00:00Z', '+002026-11-21', '2026-1-1'),
  );

/** A generated value as it would travel in a URL. */
const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** What a field is likely to need to get further into a route, by the field's name in the contract. */
export type FieldHints = Record<string, fc.Arbitrary<unknown>>;

// Own keys only: a generated key such as "toString" must not find Object.prototype's.
const hintFor = (hints: FieldHints, key: string) => (Object.hasOwn(hints, key) ? hints[key] : undefined);

const fieldValue = (hint: fc.Arbitrary<unknown> | undefined) =>
  fc.oneof(...(hint ? [{ weight: 4, arbitrary: hint }] : []), anyText, wrongType);

const keysOf = (schema: unknown): string[] =>
  schema instanceof z.core.$ZodObject ? Object.keys(schema._zod.def.shape) : [];

/** The contract entry of a route (HEAD answers as its GET). */
function endpointOf(method: string, path: string) {
  const asMethod = method === 'HEAD' ? 'GET' : method;
  return Object.values(endpoints).find((entry) => entry.method === asMethod && entry.path === path);
}

/** Bodies: the contract's fields with good and bad values, any JSON, broken JSON, and too much of it. */
function bodies(bodySchema: unknown, hints: FieldHints) {
  const shaped = fc
    .tuple(
      fc.record(Object.fromEntries(keysOf(bodySchema).map((key) => [key, fieldValue(hintFor(hints, key))])), {
        requiredKeys: [],
      }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    )
    .map(([fields, extra]) => JSON.stringify({ ...extra, ...fields }));
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    anyText,
    fc.constantFrom(
      '',
      '{',
      '{"nhsNumber":',
      'null',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      `{"nhsNumber":"${'9'.repeat(20_000)}"}`,
      `{"note":"${'x'.repeat(17_000)}"}`,
    ),
  );
}

const contentTypes = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON',
      'application/json; charset=latin1',
      'application/json;',
      'application/vnd.api+json',
      'text/plain',
      'text/html',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=----fuzz',
      'application/octet-stream',
      '*/*',
      '',
    ),
  },
  headerText,
);

/** Values for a route's `:name` parts: the real thing, ids, and what a URL can carry when it is wrong. */
function pathParam(hint: fc.Arbitrary<unknown> | undefined) {
  // Never empty or a dot segment: "/attendances/" and "/attendances/." (which inject resolves, as a
  // browser would) are another route, the list, not a wrong id.
  return fc
    .oneof(
      ...(hint ? [{ weight: 3, arbitrary: hint.map(asText) }] : []),
      fc.uuid(),
      fc.webSegment(),
      anyText.map(encodeURIComponent),
      fc.constantFrom('%', '%zz', '%00', '%E0%A4%A', '%2F', 'a'.repeat(65), '9990000018', '999%20000%200018'),
    )
    .filter((param) => !/^(\.|%2e){0,2}$/i.test(param));
}

function queryString(querySchema: unknown, hints: FieldHints) {
  const pair = fc
    .oneof(fc.constantFrom(...keysOf(querySchema), 'page[]'), fc.string({ maxLength: 12 }))
    .chain((key) => fieldValue(hintFor(hints, key)).map((value): [string, string] => [key, asText(value)]));
  return fc.oneof(
    fc.constant(''),
    { weight: 3, arbitrary: fc.array(pair, { maxLength: 5 }).map((pairs) => new URLSearchParams(pairs).toString()) },
    fc.webQueryParameters(),
    fc.constantFrom(
      '%',
      'page=%zz',
      'page=1&page=2',
      '__proto__[polluted]=1',
      'from[]=2026-11-21',
      '&&&',
      '=',
      'status',
    ),
  );
}

/**
 * Requests at every given route: its own method mostly (another sometimes), path parameters, query
 * strings, bodies and headers generated from the contract's names and from plain noise.
 */
export function fuzzRequests(
  routes: readonly ApiRoute[],
  hints: FieldHints,
  ownOrigin: string,
): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...routes).chain((route) => {
    const endpoint = endpointOf(route.method, route.url);
    const bodySchema = endpoint && 'body' in endpoint ? endpoint.body : undefined;
    const paramNames = [...route.url.matchAll(/:(\w+)/g)].map((match) => match[1]!);
    return fc
      .record({
        method: fc.oneof(
          { weight: 5, arbitrary: fc.constant(route.method as HTTPMethods) },
          fc.constantFrom(...methods),
        ),
        params: fc.tuple(...paramNames.map((name) => pathParam(hintFor(hints, name)))),
        query: queryString(endpoint && 'query' in endpoint ? endpoint.query : undefined, hints),
        caller: fc.constantFrom(...callers),
        cookie: fc.constantFrom<CookieKind>('session', 'session', 'session', 'session and garbage', 'garbage', 'none'),
        garbageCookies: fc
          .array(fc.tuple(fc.constantFrom('cpis_session', 'a', '__Host-x', ''), headerText), { maxLength: 3 })
          .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('; ')),
        payload: bodySchema ? mostly(bodies(bodySchema, hints), absent) : mostly(absent, bodies(undefined, hints)),
        contentType: bodySchema
          ? mostly(fc.constant('application/json'), fc.option(contentTypes, { nil: undefined }))
          : mostly(absent, contentTypes),
        origin: mostly(fc.constantFrom(undefined, ownOrigin), fc.oneof(foreignOrigins, headerText)),
        secFetchSite: mostly(
          fc.constantFrom(undefined, 'same-origin'),
          fc.oneof(fc.constantFrom('same-site', 'cross-site', 'none'), headerText),
        ),
        forwarded: mostly(
          absent,
          fc.record({
            'x-forwarded-proto': fc.oneof(fc.constantFrom('https', 'http', 'https, http'), headerText),
            'x-forwarded-host': headerText,
            'x-forwarded-for': fc.oneof(fc.ipV4(), headerText),
          }),
        ),
        accept: mostly(
          fc.constantFrom(undefined, 'application/json'),
          fc.oneof(fc.constantFrom('text/html', '*/*'), headerText),
        ),
      })
      .map(({ method, params, query, contentType, origin, secFetchSite, forwarded, accept, ...rest }) => {
        let path = route.url;
        paramNames.forEach((name, i) => {
          path = path.replace(`:${name}`, params[i]!);
        });
        const headers: Record<string, string> = {
          ...(contentType !== undefined ? { 'content-type': contentType } : {}),
          ...(origin !== undefined ? { origin } : {}),
          ...(secFetchSite !== undefined ? { 'sec-fetch-site': secFetchSite } : {}),
          ...(accept !== undefined ? { accept } : {}),
          ...forwarded,
        };
        return { route, method, url: query ? `${path}?${query}` : path, headers, ...rest };
      });
  });
}

/**
 * What is wrong with an answer, by the contract; undefined when nothing is. No 5xx; every body is
 * the endpoint's schema for that status (any error: the common error body); no error echoes a
 * digit run (an NHS number sent must never come back in an error, or reach a log through one).
 */
export function contractViolation(request: { method: string; route: ApiRoute }, response: LightMyRequestResponse) {
  const status = response.statusCode;
  if (status >= 500) return `answered ${status}: ${response.body}`;
  if (request.method === 'HEAD') return undefined;
  // Whichever route was aimed at, the answer comes from the route registered for this method, if any.
  const endpoint = endpointOf(request.method, request.route.url);
  const declared = endpoint?.responses[status as keyof typeof endpoint.responses] as z.core.$ZodType | undefined;
  const schema = declared ?? (status >= 400 ? errorBodySchema : undefined);
  if (!schema) return `answered ${status}, which the contract does not describe for this route`;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return `answered ${status} with a body that is not JSON: ${response.body.slice(0, 200)}`;
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) return `answered ${status} with a body outside the contract: ${response.body.slice(0, 300)}`;
  if (status >= 400 && /\d{6,}/.test(response.body)) return `echoed a digit run in a ${status}: ${response.body}`;
  return undefined;
}
