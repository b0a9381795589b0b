import * as z from 'zod/mini';
import type { Permission } from './session.ts';

/**
 * Response fields only some roles may receive, each with the permission it needs. A role without
 * the permission gets no such key at all (not null). The BFF's views and the MSW mocks strip with
 * visibleTo(); the route-matrix test reads the same registry to check every route for leaks.
 */
export const fieldPermissions = z.registry<{ permission: Permission }>();

/** A response field sent only to roles with `permission`: declaring it so is all a new gated field needs. */
export function visibleWith<T extends z.ZodMiniType>(permission: Permission, schema: T): z.ZodMiniOptional<T> {
  const field = z.optional(schema);
  fieldPermissions.add(field, { permission });
  return field;
}

export interface GatedField {
  /** Keys from the top of the body; '[]' stands for every element of an array. */
  path: readonly string[];
  permission: Permission;
}

/** Every field of a schema marked with visibleWith(permission, ...), however deep. */
export function gatedFields(schema: z.core.$ZodType, path: readonly string[] = []): GatedField[] {
  const mark = fieldPermissions.get(schema);
  const here = mark ? [{ path, permission: mark.permission }] : [];
  if (schema instanceof z.core.$ZodObject) {
    return [
      ...here,
      ...Object.entries(schema._zod.def.shape).flatMap(([key, field]) => gatedFields(field, [...path, key])),
    ];
  }
  if (schema instanceof z.core.$ZodOptional || schema instanceof z.core.$ZodNullable) {
    return [...here, ...gatedFields(schema._zod.def.innerType, path)];
  }
  if (schema instanceof z.core.$ZodArray) return [...here, ...gatedFields(schema._zod.def.element, [...path, '[]'])];
  if (schema instanceof z.core.$ZodUnion) {
    return [...here, ...schema._zod.def.options.flatMap((option) => gatedFields(option, path))];
  }
  return here;
}

// A schema's gated fields never change: found once, not walked again for every answer sent.
const gatedFieldsFound = new WeakMap<z.core.$ZodType, GatedField[]>();
function gatedFieldsOf(schema: z.core.$ZodType): GatedField[] {
  let fields = gatedFieldsFound.get(schema);
  if (!fields) gatedFieldsFound.set(schema, (fields = gatedFields(schema)));
  return fields;
}

/** `body` without the key at the end of `path`, wherever it occurs; the rest is shared, not copied. */
function without(body: unknown, path: readonly string[]): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return body;
  if (key === '[]') return Array.isArray(body) ? body.map((element) => without(element, rest)) : body;
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, key)) return body;
  const { [key]: field, ...others } = body as Record<string, unknown>;
  return rest.length === 0 ? others : { ...others, [key]: without(field, rest) };
}

/** `body` as a role holding `granted` may receive it: every gated field it lacks the permission for is left out. */
export function visibleTo<T extends z.core.$ZodType>(
  schema: T,
  body: z.output<T>,
  granted: readonly Permission[],
): z.output<T> {
  return gatedFieldsOf(schema)
    .filter((field) => !granted.includes(field.permission))
    .reduce<unknown>((visible, field) => without(visible, field.path), body) as z.output<T>;
}
