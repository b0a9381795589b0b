import * as z from 'zod/mini';

export const healthResponseSchema = z.object({ status: z.literal('ok') });
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const databaseEngineSchema = z.enum(['pglite', 'postgres']);

export const readyResponseSchema = z.object({
  status: z.literal('ready'),
  database: z.object({ engine: databaseEngineSchema }),
});
export type ReadyResponse = z.infer<typeof readyResponseSchema>;
