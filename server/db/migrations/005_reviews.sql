-- Safeguarding leads' reviews of attendances (visits). Append-only: a review is never edited;
-- rows go only when the purge removes the visit they belong to.
CREATE TABLE attendance_reviews (
  id bigserial PRIMARY KEY,
  visit_id uuid NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
  outcome text NOT NULL CHECK (outcome IN ('no-further-action', 'contacted-local-authority',
                                           'referred-to-social-care', 'discussed-with-clinician')),
  note text NOT NULL CHECK (char_length(note) <= 1000),
  reviewer_name text NOT NULL,
  reviewer_job_role_name text NOT NULL,
  reviewed_at timestamptz NOT NULL
);
CREATE INDEX attendance_reviews_visit_idx ON attendance_reviews (visit_id, reviewed_at, id);

CREATE FUNCTION refuse_review_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'attendance reviews are append-only';
END
$$;
CREATE TRIGGER attendance_reviews_append_only BEFORE UPDATE ON attendance_reviews
  FOR EACH ROW EXECUTE FUNCTION refuse_review_update();
