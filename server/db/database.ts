/** The one interface the domain sees: parameterised SQL in PostgreSQL's dialect, on either engine. */
export interface Queryable {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs fn while holding a lock named `key` that every process sharing the store respects, so that
   * start-up work done by replicas starting together happens once. fn uses the database as usual.
   */
  exclusive<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The store could not be reached or answered with a fault: the caller must not guess an answer. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database did not answer', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// PostgreSQL type OIDs whose default JS mapping differs between the engines (or loses meaning).
const DATE = 1082;
const TIMESTAMPTZ = 1184;
const INT8 = 20;

/** Both engines return the same shapes: dates as 'YYYY-MM-DD', instants as ISO strings, counts as numbers. */
export const typeParsers: Record<number, (text: string) => unknown> = {
  [DATE]: (text) => text,
  [TIMESTAMPTZ]: (text) => new Date(text).toISOString(),
  [INT8]: (text) => Number(text),
};
