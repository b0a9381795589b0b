-- Attempts counted per subject (a staff card, a client address) in fixed windows, in the shared
-- store: a limit then holds across sessions, BFF replicas and restarts. One row per subject and
-- window; rows whose window has ended are swept at start-up and daily.
CREATE TABLE rate_counts (
  subject text NOT NULL,
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL,
  attempts integer NOT NULL,
  PRIMARY KEY (subject, window_start)
);
CREATE INDEX rate_counts_window_end ON rate_counts (window_end);
