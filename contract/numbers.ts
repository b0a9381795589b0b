import * as z from 'zod/mini';

/** How many of something: a whole number, 0 or more. */
export const countSchema = z.int().check(z.minimum(0));

/** A page number or a line number: a whole number from 1. */
export const ordinalSchema = z.int().check(z.minimum(1));

/** `?page=` as the query string carries it: text read as a whole number from 1; page 1 when absent. */
export const pageQuerySchema = z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000)), 1);
