-- The local authority's side: what its contact centre does with each notification, who read what,
-- and changes to its contact numbers.

-- Append-only, as attendance reviews are: an action is never edited; the latest one gives the status.
CREATE TABLE la_notification_actions (
  id bigserial PRIMARY KEY,
  notification_id bigint NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
  action text NOT NULL CHECK (action IN ('filed-on-case', 'forwarded-to-mash')),
  case_reference text CHECK (char_length(case_reference) <= 50),
  note text CHECK (char_length(note) <= 1000),
  by_kind text NOT NULL CHECK (by_kind IN ('person', 'token')),
  by_name text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX la_notification_actions_notification_idx ON la_notification_actions (notification_id, at, id);

CREATE FUNCTION refuse_la_action_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'LA notification actions are append-only';
END
$$;
CREATE TRIGGER la_notification_actions_append_only BEFORE UPDATE ON la_notification_actions
  FOR EACH ROW EXECUTE FUNCTION refuse_la_action_update();

-- Each person an LA caller was shown (a listed or opened notification). Never edited, never purged.
CREATE TABLE la_access_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  la_code text NOT NULL,
  nhs_number text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('listed-notification', 'opened-notification')),
  by_kind text NOT NULL CHECK (by_kind IN ('person', 'token')),
  by_name text NOT NULL,
  -- The card of a person, the id of a token.
  by_ref text NOT NULL
);
CREATE INDEX la_access_audit_nhs_number_idx ON la_access_audit (nhs_number, at DESC);

-- Every change an LA made to its own contact numbers, by whom.
CREATE TABLE la_directory_changes (
  id bigserial PRIMARY KEY,
  la_code text NOT NULL REFERENCES local_authorities (la_code),
  office_hours_phone text NOT NULL,
  emergency_duty_phone text NOT NULL,
  changed_by_name text NOT NULL,
  changed_by_card text NOT NULL,
  at timestamptz NOT NULL
);

-- The LA's own system calls with a bearer token; only its SHA-256 hash is kept.
CREATE TABLE la_api_tokens (
  id bigserial PRIMARY KEY,
  la_code text NOT NULL REFERENCES local_authorities (la_code),
  label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Uploads through the API say who sent them (null: loaded on the server, npm run ingest); every
-- upload keeps its rejected rows, so the LA can read each receipt again.
ALTER TABLE extract_uploads ADD COLUMN uploaded_by_kind text CHECK (uploaded_by_kind IN ('person', 'token'));
ALTER TABLE extract_uploads ADD COLUMN uploaded_by_name text;
ALTER TABLE extract_uploads ADD COLUMN rejections jsonb NOT NULL DEFAULT '[]';
