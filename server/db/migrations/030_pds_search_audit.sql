-- Every PDS trace: who searched, in which role and organisation, when, and how many matches came
-- back. Never what was searched for: the name, date of birth and postcode typed are not kept.
CREATE TABLE pds_search_audit (
  id uuid PRIMARY KEY,
  at timestamptz NOT NULL,
  request_id text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('matches', 'no-match', 'too-many-matches', 'pds-unavailable')),
  match_count integer NOT NULL CHECK (match_count >= 0),
  user_name text NOT NULL,
  card_id text NOT NULL,
  role text NOT NULL,
  role_id text NOT NULL,
  job_role_code text NOT NULL,
  job_role_name text NOT NULL,
  organisation_code text NOT NULL,
  organisation_name text NOT NULL,
  setting_type text NOT NULL
);
CREATE INDEX pds_search_audit_at_idx ON pds_search_audit (at);
