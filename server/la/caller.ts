/**
 * Who is calling an /api/la route: a person in the LA's contact centre (a session) or the LA's own
 * system (an API token). Either way it is one LA, and everything it sees is that LA's.
 */
export interface LaCaller {
  laCode: string;
  kind: 'person' | 'token';
  /** The person's name, or the token's label: what the LA sees as "by". */
  name: string;
  /** The person's card, or the token's id: what the audit keeps to tell callers apart. */
  ref: string;
}
