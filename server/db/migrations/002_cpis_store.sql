-- The CP-IS store: what local authorities (LAs) send, as they send it.

CREATE TABLE local_authorities (
  la_code text PRIMARY KEY,
  name text NOT NULL,
  office_hours_phone text NOT NULL,
  emergency_duty_phone text NOT NULL,
  updated_at timestamptz NOT NULL
);

-- One row per plan, keyed by the LA's own reference. For an unborn child (UCPP) the NHS number,
-- name and date of birth are the mother's.
CREATE TABLE plans (
  la_code text NOT NULL REFERENCES local_authorities (la_code),
  la_plan_ref text NOT NULL,
  plan_type text NOT NULL CHECK (plan_type IN ('CPP', 'LAC', 'UCPP')),
  legal_status text CHECK (legal_status IN ('S31', 'S38', 'S20', 'E1')),
  nhs_number text NOT NULL CHECK (nhs_number ~ '^[0-9]{10}$'),
  family_name text NOT NULL,
  given_name text NOT NULL,
  date_of_birth date NOT NULL,
  start_date date NOT NULL,
  end_date date CHECK (end_date IS NULL OR end_date >= start_date),
  expected_delivery_date date,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (la_code, la_plan_ref),
  CHECK ((plan_type = 'LAC') = (legal_status IS NOT NULL)),
  CHECK ((plan_type = 'UCPP') = (expected_delivery_date IS NOT NULL))
);

-- The lookup: every check at registration reads plans by NHS number.
CREATE INDEX plans_nhs_number_idx ON plans (nhs_number);
-- The daily purge: ended plans by end date.
CREATE INDEX plans_end_date_idx ON plans (end_date) WHERE end_date IS NOT NULL;

-- Every extract applied, per LA in it, so staff can see how fresh each LA's data is.
CREATE TABLE extract_uploads (
  id bigserial PRIMARY KEY,
  la_code text NOT NULL,
  received_at timestamptz NOT NULL,
  rows_received integer NOT NULL,
  rows_applied integer NOT NULL,
  rows_rejected integer NOT NULL
);
CREATE INDEX extract_uploads_la_received_idx ON extract_uploads (la_code, received_at DESC);
