-- Sessions live in the database so that several BFF replicas share them. The cookie holds a random
-- token; only its SHA-256 hash is stored, so reading this table gives no one a usable session.
-- The role profile is copied in at sign-in, as a CIS2 token would carry it: a later edit of the
-- staff directory does not change a session already running.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  card_id text NOT NULL,
  user_name text NOT NULL,
  role_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('registration', 'clinician', 'safeguarding-lead')),
  job_role_code text NOT NULL,
  job_role_name text NOT NULL,
  organisation_code text NOT NULL,
  organisation_name text NOT NULL,
  setting_type text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  -- The absolute end (12 hours after sign-in); idle expiry is last_seen_at plus the configured minutes.
  expires_at timestamptz NOT NULL
);
-- Sign-in sweeps out ended sessions by these.
CREATE INDEX sessions_expires_at ON sessions (expires_at);
CREATE INDEX sessions_last_seen_at ON sessions (last_seen_at);
