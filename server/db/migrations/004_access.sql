-- Every CP-IS lookup, the visits they make, and the notifications those send to local authorities.

-- The access audit: one row per lookup, whatever its outcome. Never edited, never purged.
CREATE TABLE access_audit (
  lookup_id uuid PRIMARY KEY,
  at timestamptz NOT NULL,
  nhs_number text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('plans-found', 'no-plans', 'opened-attendance')),
  user_name text NOT NULL,
  card_id text NOT NULL,
  role text NOT NULL,
  job_role_code text NOT NULL,
  job_role_name text NOT NULL,
  organisation_code text NOT NULL,
  organisation_name text NOT NULL,
  setting_type text NOT NULL
);
CREATE INDEX access_audit_nhs_number_idx ON access_audit (nhs_number, at DESC);

-- One attendance of a child with a visible plan at an unscheduled setting: the access history
-- CP-IS shows ("previous 25 visits"), and what safeguarding leads review.
CREATE TABLE visits (
  id uuid PRIMARY KEY,
  nhs_number text NOT NULL,
  at timestamptz NOT NULL,
  organisation_code text NOT NULL,
  organisation_name text NOT NULL,
  setting_type text NOT NULL,
  first_checked_by_role text NOT NULL,
  first_lookup_id uuid NOT NULL REFERENCES access_audit (lookup_id)
);
CREATE INDEX visits_nhs_number_at_idx ON visits (nhs_number, at DESC);
CREATE INDEX visits_organisation_at_idx ON visits (organisation_code, at DESC);

-- What each responsible LA is told of a visit, until the LA inbox exists (npm run notifications).
CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  visit_id uuid NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
  la_code text NOT NULL,
  nhs_number text NOT NULL,
  at timestamptz NOT NULL,
  organisation_code text NOT NULL,
  organisation_name text NOT NULL,
  setting_type text NOT NULL,
  viewer_role text NOT NULL,
  viewer_job_role_name text NOT NULL,
  UNIQUE (visit_id, la_code)
);
CREATE INDEX notifications_la_code_idx ON notifications (la_code, id);
