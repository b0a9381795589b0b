-- Start-up and daily upkeep claimed per task and day (England), so that of several BFF replicas
-- sharing one store only the first to claim a day's purge runs it.
CREATE TABLE upkeep_runs (
  task text NOT NULL,
  day date NOT NULL,
  claimed_at timestamptz NOT NULL,
  PRIMARY KEY (task, day)
);
