import type { z } from 'zod';
import { endpoints, gatedFields, type Permission } from '#contract';

/** Whether the key at the end of `path` is present anywhere in `body` (null counts as present). */
function isPresent(body: unknown, path: readonly string[]): boolean {
  const [key, ...rest] = path;
  if (key === undefined) return true;
  if (key === '[]') return Array.isArray(body) && body.some((element) => isPresent(element, rest));
  return typeof body === 'object' && body !== null && Object.hasOwn(body, key) && isPresent(body[key as never], rest);
}

/** The gated fields present in `body` although `granted` lacks their permission, as dotted paths. */
export function leakedFields(body: unknown, schema: z.core.$ZodType, granted: readonly Permission[]): string[] {
  return gatedFields(schema)
    .filter((field) => !granted.includes(field.permission) && isPresent(body, field.path))
    .map((field) => field.path.join('.'));
}

/** The contract's success schema for a registered route (HEAD answers as its GET), if the contract lists it. */
export function successSchemaOf(method: string, url: string): z.core.$ZodType | undefined {
  const asMethod = method === 'HEAD' ? 'GET' : method;
  const endpoint = Object.values(endpoints).find((entry) => entry.method === asMethod && entry.path === url);
  return endpoint?.responses[200];
}
